using System.Diagnostics;
using System.Globalization;
using System.Net;
using PostMortemFlow.Server.Tests.Persistence;
using Xunit.Abstractions;

namespace PostMortemFlow.Server.Tests.Process;

/// <summary>Two real server processes (silos) in Redis mode; one is killed with SIGKILL mid-workflow.</summary>
[Trait("Category", "Process")]
public sealed class RedisClusterProcessTests(ITestOutputHelper output) : IDisposable
{
    private const int PostMortemCount = 4;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(45);
    private static readonly TimeSpan PublishDeadline = TimeSpan.FromSeconds(20);
    private readonly ProcessTestRun _run = new(output);

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task KillSilo_MidWorkflow_SurvivorKeepsStateCommandsAndTimers()
    {
        var redis = RedisConnection();
        await _run.DiagnoseAsync(async () =>
        {
            var data = Path.Combine(_run.Folder, "data");
            var outbox = new OutboxFolder(data);
            // A cluster and service of its own: nothing from another run or test is in its membership, state or reminders.
            var clusterId = $"pmf-test-{Guid.NewGuid():N}";
            var servers = await Task.WhenAll(
                _run.StartAsync("silo-a", Environment(redis, clusterId, data)),
                _run.StartAsync("silo-b", Environment(redis, clusterId, data)));
            var (siloA, siloB) = (servers[0], servers[1]);

            var endedAt = WholeSeconds(DateTimeOffset.UtcNow);
            List<string> ids;
            using (var viaA = new PostMortemApi(siloA.BaseAddress))
            {
                // Several post-mortems, all first called through A: placement decides where each lives, and the
                // test holds for every one of them whichever silo that was.
                ids = [.. await Task.WhenAll(Enumerable.Range(1, PostMortemCount).Select(n =>
                    viaA.DriveToAnalysisReviewAsync($"Checkout outage {n}", endedAt.AddMinutes(-30), endedAt, Timeout)))];
            }

            siloA.Kill();
            var sinceKill = Stopwatch.StartNew();
            var deadlineLeft = endedAt + PublishDeadline - DateTimeOffset.UtcNow;
            _run.Log($"killed silo-a with the publish deadline {deadlineLeft.TotalSeconds:0.0} s ahead");
            Assert.True(deadlineLeft > TimeSpan.Zero, "The deadline passed before the kill; the test could not check a pending timer.");

            using var viaB = new PostMortemApi(siloB.BaseAddress);
            // While silo A is suspected but not yet evicted, B may not reach the grains A held: those answers must be
            // 503 with Retry-After (webhook senders and browsers retry then), never a 500.
            var seen = new List<(HttpStatusCode? Status, TimeSpan? RetryAfter)>();
            foreach (var id in ids)
            {
                var answered = Stopwatch.StartNew();
                (HttpStatusCode? Status, TimeSpan? RetryAfter) probe;
                while ((probe = await viaB.ProbeAsync(id)).Status != HttpStatusCode.OK && answered.Elapsed < Timeout)
                {
                    seen.Add(probe);
                    await Task.Delay(50);
                }
                Assert.Equal(HttpStatusCode.OK, probe.Status);
            }
            _run.Log($"answers through silo-b before each post-mortem was back: {string.Join(", ", seen.Select(p => p.Status?.ToString() ?? "no answer"))}");
            Assert.All(seen.Where(p => p.Status is { } status && (int)status >= 500), p =>
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, p.Status);
                Assert.Equal(TimeSpan.FromSeconds(5), p.RetryAfter);
            });
            foreach (var id in ids)
            {
                var view = await Eventually.ReachAsync(() => viaB.TryGetAsync(id), v => v is not null, Timeout);
                Assert.Equal("AnalysisReview", view!.Value.Phase());
                Assert.Equal(endedAt + PublishDeadline, view.Value.TimerDue(Domain.Workflow.TimerNames.PublishDeadline));
            }
            _run.Log($"every post-mortem answered through silo-b {sinceKill.Elapsed.TotalSeconds:0.0} s after the kill");

            foreach (var id in ids)
            {
                var edited = await viaB.PutAnalysisAsync(id);
                Assert.Equal("AnalysisReview", edited.Phase());
            }

            foreach (var id in ids)
            {
                await Eventually.ReachAsync(() => Task.FromResult(outbox.Emails(id, "SponsorEscalation").Count), n => n == 1,
                    PublishDeadline + Timeout);
            }
            _run.Log($"every escalation landed {(DateTimeOffset.UtcNow - (endedAt + PublishDeadline)).TotalSeconds:0.0} s after the deadline " +
                $"({sinceKill.Elapsed.TotalSeconds:0.0} s after the kill)");

            foreach (var id in ids)
            {
                var view = await Eventually.ReachAsync(() => viaB.GetAsync(id), v => v.CompletedIds().Contains("email:escalation:1"), Timeout);
                Assert.Equal("AnalysisReview", view.Phase());
                Assert.Single(outbox.Emails(id, "AnalysisReviewRequest"));
                Assert.Single(outbox.Emails(id, "TimelineReviewRequest"));
            }
            var keys = outbox.JournalKeys();
            Assert.Empty(keys.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key));
        });
    }

    /// <summary>
    /// Both silos run with the same crash point, so whichever holds the post-mortem dies right after storing the
    /// approval, before answering: the survivor takes the post-mortem over within a minute, in the next phase once, and
    /// sends the e-mail the stored decision queued once.
    /// </summary>
    [Fact]
    public async Task KillTheSiloHoldingAPostMortem_AfterACommandWasStored_TheSurvivorCarriesItOnOnce()
    {
        var redis = RedisConnection();
        await _run.DiagnoseAsync(async () =>
        {
            var data = Path.Combine(_run.Folder, "data");
            var outbox = new OutboxFolder(data);
            var clusterId = $"pmf-test-{Guid.NewGuid():N}";
            const string crashAfter = "command ApproveTimeline";
            var silos = await Task.WhenAll(
                _run.StartAsync("crash-a", Environment(redis, clusterId, data), crashAfter),
                _run.StartAsync("crash-b", Environment(redis, clusterId, data), crashAfter));
            var endedAt = WholeSeconds(DateTimeOffset.UtcNow);
            string id;
            using (var viaA = new PostMortemApi(silos[0].BaseAddress))
            {
                id = await viaA.DeclareAsync("Inventory sync stalled", endedAt.AddMinutes(-30), endedAt);
                await Eventually.ReachAsync(() => viaA.GetAsync(id), v => v.Phase() == "TimelineReview" && v.OutboxIds().Count == 0, Timeout);
                await viaA.PutTimelineAsync(id, endedAt.AddMinutes(-30), endedAt);
                await viaA.TryApproveTimelineAsync(id);
            }
            var killed = await Eventually.ReachAsync(() => Task.FromResult(silos.FirstOrDefault(s => s.HasExited)), s => s is not null, Timeout);
            var sinceKill = Stopwatch.StartNew();
            var survivor = silos.Single(s => s != killed);
            Assert.Contains("crash point: killed after command ApproveTimeline", killed!.Tail(), StringComparison.Ordinal);
            _run.Log($"{killed.Name} held the post-mortem and died after storing the approval; {survivor.Name} survives");

            using var viaSurvivor = new PostMortemApi(survivor.BaseAddress);
            var after = await Eventually.ReachAsync(() => viaSurvivor.TryGetAsync(id),
                v => v is { } view && view.Phase() == "AnalysisReview" && view.OutboxIds().Count == 0 && view.CompletedIds().Contains("email:review:2"),
                TimeSpan.FromMinutes(1));
            _run.Log($"the survivor carried the post-mortem on {sinceKill.Elapsed.TotalSeconds:0.0} s after the kill");

            Assert.Single(after!.Value.GetProperty("history").EnumerateArray(), h => h.GetProperty("to").GetString() == "AnalysisReview");
            Assert.Single(outbox.Emails(id, "AnalysisReviewRequest"));
            Assert.Single(outbox.Emails(id, "TimelineReviewRequest"));
            var keys = outbox.JournalKeys();
            Assert.Empty(keys.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key));
        });
    }

    [Fact]
    public async Task Upload_OnOneSilo_TheOtherShowsTheFileAndItsChart()
    {
        var redis = RedisConnection();
        var azurite = Required("PMF_TEST_AZURITE", "a real Azurite");
        await _run.DiagnoseAsync(async () =>
        {
            var clusterId = $"pmf-test-{Guid.NewGuid():N}";
            // Each silo has a folder of its own: what one stored on its disk the other could not see.
            var blob = new Dictionary<string, string>
            {
                ["Evidence__Store"] = "Blob",
                ["Evidence__Blob__ConnectionString"] = azurite,
                ["Evidence__Blob__Container"] = $"evidence-{Guid.NewGuid():N}"[..40],
            };
            var servers = await Task.WhenAll(
                _run.StartAsync("silo-a", Environment(redis, clusterId, Path.Combine(_run.Folder, "a")).Concat(blob).ToDictionary()),
                _run.StartAsync("silo-b", Environment(redis, clusterId, Path.Combine(_run.Folder, "b")).Concat(blob).ToDictionary()));
            using var viaA = new PostMortemApi(servers[0].BaseAddress);
            using var viaB = new PostMortemApi(servers[1].BaseAddress);
            var endedAt = WholeSeconds(DateTimeOffset.UtcNow);
            var id = await viaA.DeclareAsync("Checkout errors", endedAt.AddMinutes(-30), endedAt);
            await Eventually.ReachAsync(() => viaA.PhaseAsync(id), phase => phase == "TimelineReview", Timeout);
            var start = endedAt.AddMinutes(-30).ToUnixTimeSeconds();
            var values = string.Join(",", Enumerable.Range(0, 60).Select(m => $"[{start + m * 60},\"{(m is >= 10 and < 25 ? 30 : 0.2)}\"]"));

            await viaA.UploadAsync(id, "errors.json",
                $$$"""{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"__name__":"http_errors","service":"checkout"},"values":[{{{values}}}]}]}}""");

            var page = await Eventually.ReachAsync(() => viaB.PageAsync($"/postmortems/{id}/evidence"), html => html.Contains("uploads/errors.json", StringComparison.Ordinal), Timeout);
            Assert.Contains("<svg", page, StringComparison.Ordinal);
            Assert.Contains("http_errors{service=&quot;checkout&quot;}", page, StringComparison.Ordinal);
            var view = await Eventually.ReachAsync(() => viaB.GetAsync(id), v => v.GetProperty("postMortem").GetProperty("timeline").EnumerateArray()
                .Any(e => e.GetProperty("kind").GetString() == "FirstSymptom"), Timeout);
            Assert.Contains(view.GetProperty("postMortem").GetProperty("timeline").EnumerateArray(), e => e.GetProperty("event").GetString()!.StartsWith("First symptom: errors", StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task Library_DeclaredThroughOneSilo_IsFoundBySearchingEither_AndItsAnalysisWordsToo()
    {
        var redis = RedisConnection();
        await _run.DiagnoseAsync(async () =>
        {
            var clusterId = $"pmf-test-{Guid.NewGuid():N}";
            var servers = await Task.WhenAll(
                _run.StartAsync("silo-a", Environment(redis, clusterId, Path.Combine(_run.Folder, "a"))),
                _run.StartAsync("silo-b", Environment(redis, clusterId, Path.Combine(_run.Folder, "b"))));
            using var viaA = new PostMortemApi(servers[0].BaseAddress);
            using var viaB = new PostMortemApi(servers[1].BaseAddress);
            var endedAt = WholeSeconds(DateTimeOffset.UtcNow);
            // Each silo searches its own copy: B finds what A's grain (or B's, wherever it was placed) indexed.
            await viaB.PageAsync("/api/library?q=pelican");

            var id = await viaA.DriveToAnalysisReviewAsync("Pelican checkout outage", endedAt.AddMinutes(-30), endedAt, Timeout);

            foreach (var via in new[] { viaB, viaA })
            {
                var found = await Eventually.ReachAsync(() => via.PageAsync("/api/library?q=pelican"), json => json.Contains(id, StringComparison.Ordinal), Timeout);
                Assert.Contains("<mark>Pelican</mark>", System.Text.Json.JsonDocument.Parse(found).RootElement.GetProperty("hits")[0].GetProperty("titleHtml").GetString(),
                    StringComparison.Ordinal);
            }
            // The analysis written through B is found through A by its words.
            await viaB.PutAnalysisAsync(id);
            await Eventually.ReachAsync(() => viaA.PageAsync("/api/library?q=%22connection+pool%22&service=orders-db"), json => json.Contains(id, StringComparison.Ordinal), Timeout);
        });
    }

    /// <summary>The Redis the test script starts; missing Redis is a failure, never a silent skip.</summary>
    private static string RedisConnection() => Required("PMF_TEST_REDIS", "a real redis-server");

    private static string Required(string variable, string what)
    {
        var value = System.Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            var where = System.Environment.GetEnvironmentVariable("CI") == "true" ? "in CI" : "locally";
            Assert.Fail($"{variable} is not set ({where}): the cluster test needs {what}. " +
                $"./test.sh starts it and sets {variable}; set it by hand to run this test alone.");
        }
        return value;
    }

    private static DateTimeOffset WholeSeconds(DateTimeOffset time) =>
        new(time.UtcTicks - time.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    private static Dictionary<string, string> Environment(string redis, string clusterId, string data)
    {
        var ports = FreePorts.Take(2);
        return new Dictionary<string, string>
        {
            ["Cluster__Mode"] = "Redis",
            ["Cluster__Redis"] = redis,
            ["Cluster__ClusterId"] = clusterId,
            ["Cluster__ServiceId"] = clusterId,
            ["Cluster__AdvertisedAddress"] = "127.0.0.1",
            // Every silo verifies the links any silo signed.
            ["Links__SigningKey"] = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("a test key shared by the silos, 32+ bytes")),
            ["Cluster__SiloPort"] = ports[0].ToString(CultureInfo.InvariantCulture),
            ["Cluster__GatewayPort"] = ports[1].ToString(CultureInfo.InvariantCulture),
            // A killed silo is suspected after two missed 1 s probes; one vote is enough with two silos.
            ["Cluster__Membership__ProbeTimeout"] = "00:00:01",
            ["Cluster__Membership__NumMissedProbesLimit"] = "2",
            ["Cluster__Membership__NumVotesForDeathDeclaration"] = "1",
            ["Cluster__Membership__TableRefreshTimeout"] = "00:00:01",
            ["Cluster__Membership__IAmAliveTablePublishTimeout"] = "00:00:02",
            ["Cluster__Membership__DeathVoteExpirationTimeout"] = "00:00:10",
            // Both silos deliver into one folder, as they would into one mail system.
            ["Storage__DataPath"] = data,
            ["Workflow__PublishNudge"] = "00:00:03",
            ["Workflow__PublishDeadline"] = PublishDeadline.ToString("c"),
            ["Workflow__EscalationRepeat"] = "01:00:00",
            ["Workflow__ReminderPeriod"] = "00:00:01",
            ["Workflow__RetryInitialDelay"] = "00:00:01",
            ["Workflow__RetryMaxDelay"] = "00:00:02",
            ["Cluster__Reminders__MinimumReminderPeriod"] = "00:00:01",
            ["Cluster__Reminders__RefreshReminderListPeriod"] = "00:00:01",
            ["Cluster__Reminders__ReminderLoadingWindow"] = "00:00:02",
        };
    }
}
