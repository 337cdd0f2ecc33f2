using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Prometheus;
using PostMortemFlow.Integrations.Tests.Infrastructure;

namespace PostMortemFlow.Integrations.Tests.Prometheus;

/// <summary>Against a real Prometheus holding the backfilled incident (spike 10:05–10:35Z, HighErrorRate firing 10:08Z).</summary>
public sealed class PrometheusCollectorTests : IDisposable
{
    private readonly EvidenceScenario _scenario = new(PrometheusCollector.SourceName);

    private PrometheusCollector Collector(Uri baseUrl, TimeSpan? timeout = null) => _scenario.Collector<PrometheusCollector, PrometheusCollectorOptions>(
        new PrometheusCollectorOptions
        {
            BaseUrl = baseUrl,
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
            RetryDelay = TimeSpan.FromMilliseconds(50),
            Services = new()
            {
                ["api"] =
                [
                    new() { Name = "5xx-rate", Query = "sum(rate(http_requests_total{code=\"500\",service=\"{service}\"}[5m]))" },
                    new() { Name = "db-pool", Query = "db_connection_pool_in_use{service=\"{service}\"}" },
                ],
            },
        });

    private static Uri Server => new(TestServers.Require(TestServers.Prometheus).TrimEnd('/') + "/");

    private static DateTimeOffset At(int hour, int minute) => new(2025, 2, 9, hour, minute, 0, TimeSpan.Zero);

    [ServerFact(TestServers.Prometheus)]
    public async Task Collect_BackfilledIncident_DraftsFirstSymptomAndAlertFiringAtTheRightMinute()
    {
        var finished = await Collector(Server).CollectAsync(_scenario.State);
        _scenario.Finish(finished);

        var timeline = _scenario.State.PostMortem.Timeline;
        var symptom = timeline.First(e => e.Kind == TimelineEntryKind.FirstSymptom);
        Assert.Equal(At(10, 5), Minute(symptom.Time));
        Assert.Contains("5xx-rate", symptom.Event);
        var firing = Assert.Single(timeline, e => e.Kind == TimelineEntryKind.Detected);
        Assert.Equal(("Alert HighErrorRate firing", At(10, 8)), (firing.Event, firing.Time));
        Assert.Contains(timeline, e => e.Event == "Alert HighErrorRate pending" && Minute(e.Time) == At(10, 5));
        var recovery = timeline.First(e => e.Kind == TimelineEntryKind.Recovered && e.Event.Contains("5xx-rate"));
        Assert.InRange(recovery.Time, At(10, 35), At(10, 42));
        Assert.Equal(Phase.TimelineReview, _scenario.State.Phase);
        Assert.StartsWith("postmortems/" + _scenario.Id + "/evidence/prometheus/", symptom.EvidenceRef);
    }

    [ServerFact(TestServers.Prometheus)]
    public async Task Collect_BackfilledIncident_StoresQueryJsonAndAnHonestManifest()
    {
        var finished = await Collector(Server).CollectAsync(_scenario.State);

        var manifest = await _scenario.Store.ReadManifestAsync(_scenario.Id, "prometheus");
        Assert.NotNull(manifest);
        Assert.Null(manifest.Error);
        Assert.Equal((At(9, 38), At(11, 10)), (manifest.WindowFrom, manifest.WindowTo));
        Assert.Equal(["api-5xx-rate.json", "api-db-pool.json", "alerts.json"], manifest.Artifacts.Select(a => a.Name));
        Assert.All(manifest.Artifacts, a => Assert.Equal(64, a.Sha256.Length));
        Assert.Equal(281, manifest.Artifacts[1].Items); // 10:00–11:10 at 15 s
        Assert.Equal(At(10, 0), manifest.CoveredFrom);
        var stored = await _scenario.Store.ListAsync(_scenario.Id, "prometheus");
        Assert.Equal(manifest.Artifacts.Select(a => (a.Name, a.Bytes)).OrderBy(x => x.Name, StringComparer.Ordinal), stored.Select(a => (a.Key.Name, a.Bytes)));
        // the backfill starts at 10:00, so the window's first 22 minutes are honestly a gap
        var gap = Assert.Single(finished.Gaps);
        Assert.Equal((At(9, 38), At(10, 0)), (gap.From, gap.To));
    }

    [ServerFact(TestServers.Prometheus)]
    public async Task Collect_RightAfterTheResolve_ReadsUpToNow_CallsNoFutureAGap_AndTheTailFollowsOnceItHasPassed()
    {
        // Five minutes after the 10:40 resolve: the window's last 25 minutes have not happened yet.
        _scenario.Clock.Now = At(10, 45);
        var early = await Collector(Server).CollectAsync(_scenario.State);
        _scenario.Finish(early);

        Assert.Equal(At(11, 10), early.TailDueAt);
        var manifest = await _scenario.Store.ReadManifestAsync(_scenario.Id, "prometheus");
        Assert.Equal((At(9, 38), At(10, 45)), (manifest!.WindowFrom, manifest.WindowTo));
        Assert.DoesNotContain(early.Gaps, g => g.To > At(10, 45));
        Assert.Equal((At(9, 38), At(10, 0)), (Assert.Single(early.Gaps).From, early.Gaps[0].To));
        Assert.Contains(_scenario.State.Timers, t => t.Name == "evidence-tail:prometheus" && t.DueAt == At(11, 10));

        _scenario.Clock.Now = At(11, 12);
        var tail = await Collector(Server).CollectAsync(_scenario.State);

        Assert.Null(tail.TailDueAt);
        Assert.Equal(At(11, 10), (await _scenario.Store.ReadManifestAsync(_scenario.Id, "prometheus"))!.WindowTo);
    }

    [Fact]
    public async Task Collect_PrometheusUnreachable_RecordsTheGapAndTheWorkflowMovesOn()
    {
        var finished = await Collector(new Uri("http://127.0.0.1:9/")).CollectAsync(_scenario.State);
        _scenario.Finish(finished);

        var gap = Assert.Single(_scenario.State.PostMortem.DataGaps);
        Assert.Equal(("prometheus", At(9, 38), At(11, 10)), (gap.Source, gap.From, gap.To));
        Assert.StartsWith("failed:", gap.Reason);
        Assert.Equal(Phase.TimelineReview, _scenario.State.Phase);
        Assert.NotNull((await _scenario.Store.ReadManifestAsync(_scenario.Id, "prometheus"))?.Error);
    }

    [Fact]
    public async Task Collect_PrometheusNeverAnswers_TimesOutIntoAGap()
    {
        using var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        var port = ((System.Net.IPEndPoint)silent.LocalEndpoint).Port;
        var started = DateTime.UtcNow;

        var finished = await Collector(new Uri($"http://127.0.0.1:{port}/"), TimeSpan.FromSeconds(1)).CollectAsync(_scenario.State);

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
        Assert.Equal("timed out after 1 s", Assert.Single(finished.Gaps).Reason);
    }

    private static DateTimeOffset Minute(DateTimeOffset time) => new(time.Year, time.Month, time.Day, time.Hour, time.Minute, 0, TimeSpan.Zero);

    public void Dispose() => _scenario.Dispose();
}
