using System.Diagnostics;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Server.Tests.Persistence;
using Xunit.Abstractions;

namespace PostMortemFlow.Server.Tests.Process;

/// <summary>The real server in embedded mode (SQLite), killed with SIGKILL and started again on the same data folder.</summary>
[Trait("Category", "Process")]
public sealed class EmbeddedServerProcessTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(45);
    private static readonly TimeSpan PublishDeadline = TimeSpan.FromSeconds(30);
    private readonly ProcessTestRun _run = new(output);

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task Restart_AfterKillWithDeadlinePending_KeepsStateAndFiresDeadlineOnce()
    {
        await _run.DiagnoseAsync(async () =>
        {
            var data = Path.Combine(_run.Folder, "data");
            var outbox = new OutboxFolder(data);
            var endedAt = WholeSeconds(DateTimeOffset.UtcNow);
            var startedAt = endedAt.AddMinutes(-40);

            var first = await _run.StartAsync("embedded-1", Environment(data, TimeSpan.FromSeconds(3), PublishDeadline));
            string id;
            System.Text.Json.JsonElement before;
            using (var api = new PostMortemApi(first.BaseAddress))
            {
                id = await api.DriveToAnalysisReviewAsync("Orders API degradation", startedAt, endedAt, Timeout);
                await api.PutAnalysisAsync(id);
                // The nudge (3 s) has fired and every effect so far is done; the deadline (30 s) is still ahead.
                before = await Eventually.ReachAsync(() => api.GetAsync(id),
                    v => v.CompletedIds().Contains("email:nudge") && v.OutboxIds().Count == 0, Timeout);
            }
            Assert.Equal(endedAt + PublishDeadline, before.TimerDue(TimerNames.PublishDeadline));
            Assert.Empty(outbox.Emails(id, "SponsorEscalation"));

            first.Kill();
            _run.Log($"killed embedded-1 {(DateTimeOffset.UtcNow - endedAt).TotalSeconds:0.0} s after the incident ended");
            var second = await _run.StartAsync("embedded-2", Environment(data, TimeSpan.FromSeconds(3), PublishDeadline));
            using var restarted = new PostMortemApi(second.BaseAddress);

            var after = await restarted.GetAsync(id);
            Assert.True(DateTimeOffset.UtcNow < endedAt + PublishDeadline,
                "The restart took past the publish deadline, so the state can no longer be compared with the one before the kill.");
            Assert.Equal("AnalysisReview", after.Phase());
            Assert.Equal(before.Version(), after.Version());
            Assert.Equal(before.Raw("timers"), after.Raw("timers"));
            Assert.Equal(before.Raw("completed"), after.Raw("completed"));
            Assert.Equal(before.Raw("postMortem"), after.Raw("postMortem"));
            Assert.Empty(after.OutboxIds());

            var escalated = await Eventually.ReachAsync(() => restarted.GetAsync(id),
                v => v.CompletedIds().Contains("email:escalation:1"), PublishDeadline + Timeout);
            _run.Log($"escalation recorded {(DateTimeOffset.UtcNow - (endedAt + PublishDeadline)).TotalSeconds:0.0} s after the deadline");
            Assert.Equal("AnalysisReview", escalated.Phase());
            Assert.Single(outbox.Emails(id, "SponsorEscalation"));

            // Commands still work on the restarted process.
            var edited = await restarted.PutAnalysisAsync(id);
            Assert.True(edited.Version() > escalated.Version());

            AssertSentOnce(outbox, id);
            Assert.Single(outbox.Emails(id, "AnalysisReviewRequest"));
            Assert.Single(outbox.Emails(id, "PublishNudge"));
        });
    }

    [Fact]
    public async Task Restart_AfterKillWithEmailPending_DeliversItOnceWithoutARequest_AMentionToo()
    {
        await _run.DiagnoseAsync(async () =>
        {
            var data = Path.Combine(_run.Folder, "data");
            var outbox = new OutboxFolder(data);
            // A file where the outbox folder belongs makes every e-mail fail, so the review request stays pending.
            Directory.CreateDirectory(data);
            await File.WriteAllTextAsync(outbox.Path, "not a folder");
            var endedAt = WholeSeconds(DateTimeOffset.UtcNow);
            var quiet = TimeSpan.FromHours(1);

            var first = await _run.StartAsync("pending-1", Environment(data, quiet, quiet));
            string id;
            using (var api = new PostMortemApi(first.BaseAddress))
            {
                id = await api.DeclareAsync("Payments queue backlog", endedAt.AddMinutes(-20), endedAt);
                var pending = await Eventually.ReachAsync(() => api.GetAsync(id),
                    v => v.Phase() == "TimelineReview" && FailedAttempts(v, "email:review:1") >= 1, Timeout);
                Assert.Contains("email:review:1", pending.OutboxIds());
                // A mention made while e-mail fails, sent twice as a retrying client would: one comment, one e-mail to come.
                await api.CommentAsync(id, "@mei@example.com can you confirm when the backlog started?", "mention-1");
                await api.CommentAsync(id, "@mei@example.com can you confirm when the backlog started?", "mention-1");
            }

            first.Kill();
            File.Delete(outbox.Path);
            var clock = Stopwatch.StartNew();
            var second = await _run.StartAsync("pending-2", Environment(data, quiet, quiet));

            // No request reaches the restarted server until the e-mail is out: the outbox reminder alone drains it.
            await Eventually.ReachAsync(() => Task.FromResult(outbox.Emails(id, "TimelineReviewRequest").Count), n => n == 1, Timeout);
            _run.Log($"pending e-mail delivered {clock.Elapsed.TotalSeconds:0.0} s after the restart began");
            using var restarted = new PostMortemApi(second.BaseAddress);
            var after = await Eventually.ReachAsync(() => restarted.GetAsync(id), v => v.OutboxIds().Count == 0, Timeout);
            Assert.Equal("TimelineReview", after.Phase());
            Assert.Contains("email:review:1", after.CompletedIds());
            AssertSentOnce(outbox, id);
            Assert.Empty(outbox.Emails(id, "AnalysisReviewRequest"));
            Assert.Single(outbox.Emails(id, "Mention"));
            Assert.Contains("email:mention:C1:mei@example.com", after.CompletedIds());
        });
    }

    /// <summary>No key delivered twice, and the first review round's request went out exactly once.</summary>
    internal static void AssertSentOnce(OutboxFolder outbox, string id)
    {
        var keys = outbox.JournalKeys();
        Assert.Empty(keys.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Single(outbox.Emails(id, "TimelineReviewRequest"));
        Assert.Contains($"{id}/email:review:1", keys);
    }

    private static int FailedAttempts(System.Text.Json.JsonElement view, string effectId) =>
        view.GetProperty("outbox").EnumerateArray()
            .Where(e => e.GetProperty("id").GetString() == effectId)
            .Select(e => e.GetProperty("attempts").GetInt32())
            .FirstOrDefault();

    internal static DateTimeOffset WholeSeconds(DateTimeOffset time) =>
        new(time.UtcTicks - time.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    internal static Dictionary<string, string> Environment(string data, TimeSpan nudge, TimeSpan deadline)
    {
        var ports = FreePorts.Take(2);
        return new Dictionary<string, string>
        {
            ["Cluster__Mode"] = "Embedded",
            ["Cluster__SiloPort"] = ports[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cluster__GatewayPort"] = ports[1].ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Storage__DataPath"] = data,
            ["Workflow__PublishNudge"] = nudge.ToString("c"),
            ["Workflow__PublishDeadline"] = deadline.ToString("c"),
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
