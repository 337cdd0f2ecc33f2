using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PostMortemFlow.Api.Telemetry;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.Settings;
using PostMortemFlow.Integrations.Telemetry;
using PostMortemFlow.Server.Tests.Persistence;

namespace PostMortemFlow.Server.Tests.Telemetry;

/// <summary>The gauges over the list: what they count, and that a collection reads the list at most once per refresh period.</summary>
public sealed class PostMortemGaugesTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(15);
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly ManualClock _clock = new(Now);
    private readonly CountingCatalog _catalog = new();
    private readonly PostMortemGauges _gauges;

    public PostMortemGaugesTests()
    {
        var workflow = Options.Create(new WorkflowOptions { PublishDeadline = TimeSpan.FromHours(48) });
        var metrics = new PostMortemMetrics(Meters, _clock, workflow);
        _gauges = new PostMortemGauges(_catalog, metrics, workflow, Options.Create(new TelemetryOptions { GaugeRefresh = Refresh }),
            _clock, NullLogger<PostMortemGauges>.Instance);
    }

    private IMeterFactory Meters => _services.GetRequiredService<IMeterFactory>();

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task Collect_AfterARefresh_ReportsPhasesOverdueAndActionItems()
    {
        _catalog.Rows =
        [
            Row("pm-1", Phase.TimelineReview, endedHoursAgo: 10),
            Row("pm-2", Phase.AnalysisReview, endedHoursAgo: 50, items: [new(ActionPriority.High, new DateOnly(2026, 3, 1)), new(ActionPriority.Low, new DateOnly(2026, 4, 1))]),
            Row("pm-3", Phase.Tracking, endedHoursAgo: 100, items: [new(ActionPriority.High, new DateOnly(2026, 3, 2)), new(null, null)]),
        ];
        using var phases = Collector("pmf.postmortems");
        using var overdue = Collector("pmf.postmortems.overdue");
        using var open = Collector("pmf.action_items.open");
        using var late = Collector("pmf.action_items.overdue");

        await _gauges.RefreshAsync();

        Assert.Equal(1, Value(phases, "phase", "TimelineReview"));
        Assert.Equal(1, Value(phases, "phase", "AnalysisReview"));
        Assert.Equal(1, Value(phases, "phase", "Tracking"));
        Assert.Equal(0, Value(phases, "phase", "Closed"));
        Assert.Equal(1, Assert.Single(Observe(overdue)).Value);
        Assert.Equal(2, Value(open, "priority", "High"));
        Assert.Equal(1, Value(open, "priority", "Low"));
        Assert.Equal(1, Value(open, "priority", PostMortemCounts.NoPriority));
        Assert.Equal(0, Value(open, "priority", "Medium"));
        Assert.Equal(1, Value(late, "priority", "High"));
        Assert.Equal(0, Value(late, "priority", "Low"));
    }

    [Fact]
    public async Task Collect_WithinTheRefreshPeriod_ReadsTheListOnce()
    {
        _catalog.Rows = [Row("pm-1", Phase.TimelineReview, endedHoursAgo: 1)];
        using var phases = Collector("pmf.postmortems");
        await _gauges.RefreshAsync();

        for (var scrape = 0; scrape < 5; scrape++)
        {
            Observe(phases);
            _clock.Advance(TimeSpan.FromSeconds(2));
        }

        Assert.Equal(1, _catalog.Reads);
    }

    [Fact]
    public async Task Collect_AfterTheRefreshPeriod_ReadsTheListAgainInTheBackground()
    {
        _catalog.Rows = [Row("pm-1", Phase.TimelineReview, endedHoursAgo: 1)];
        using var phases = Collector("pmf.postmortems");
        await _gauges.RefreshAsync();
        _catalog.Rows = [Row("pm-1", Phase.AnalysisReview, endedHoursAgo: 1)];
        _clock.Advance(Refresh);

        // The collection that finds the counts stale still answers with them, and starts the read.
        Assert.Equal(1, Value(phases, "phase", "TimelineReview"));
        await Eventually.ReachAsync(() => Task.FromResult(_catalog.Reads), reads => reads == 2, TimeSpan.FromSeconds(5));
        await Eventually.ReachAsync(() => Task.FromResult(Value(phases, "phase", "AnalysisReview")), v => v == 1, TimeSpan.FromSeconds(5));
        Assert.Equal(2, _catalog.Reads);
    }

    [Fact]
    public async Task Refresh_ListFails_KeepsTheLastCounts()
    {
        _catalog.Rows = [Row("pm-1", Phase.Approval, endedHoursAgo: 1)];
        await _gauges.RefreshAsync();
        _catalog.Failure = new InvalidOperationException("the list is not reachable");

        await _gauges.RefreshAsync();

        Assert.Equal(1, _gauges.Current().ByPhase[Phase.Approval]);
    }

    [Theory]
    [InlineData(Phase.Collecting, 48, 1)]
    [InlineData(Phase.Publishing, 49, 1)]
    [InlineData(Phase.Approval, 47, 0)]
    [InlineData(Phase.Tracking, 100, 0)]
    [InlineData(Phase.Closed, 1000, 0)]
    [InlineData(Phase.Cancelled, 100, 0)]
    public void Of_PublishDeadline_CountsOnlyUnpublishedPastIt(Phase phase, int endedHoursAgo, long overdue)
    {
        var counts = PostMortemCounts.Of([Row("pm-1", phase, endedHoursAgo)], Now, TimeSpan.FromHours(48));

        Assert.Equal(overdue, counts.Overdue);
    }

    [Fact]
    public void Of_RowStoredWithoutTheClockStart_CountsFromTheIncidentStart()
    {
        var old = new PostMortemSummary("pm-old", "Old", Severity.Sev2, Phase.AnalysisReview, false, Now.AddHours(-49), null, null);

        Assert.Equal(1, PostMortemCounts.Of([old], Now, TimeSpan.FromHours(48)).Overdue);
    }

    [Fact]
    public void Of_CancelledPostMortem_LeavesItsActionItemsOut()
    {
        var cancelled = Row("pm-1", Phase.Cancelled, 1, [new(ActionPriority.High, new DateOnly(2020, 1, 1))]);

        var counts = PostMortemCounts.Of([cancelled], Now, TimeSpan.FromHours(48));

        Assert.Equal(1, counts.ByPhase[Phase.Cancelled]);
        Assert.Equal(0, counts.OpenItemsByPriority["High"]);
        Assert.Equal(0, counts.OverdueItemsByPriority["High"]);
    }

    private MetricCollector<long> Collector(string instrument) => new(Meters, PostMortemTelemetry.Name, instrument, _clock);

    private static IReadOnlyList<CollectedMeasurement<long>> Observe(MetricCollector<long> collector)
    {
        collector.Clear();
        collector.RecordObservableInstruments();
        return collector.GetMeasurementSnapshot();
    }

    private static long Value(MetricCollector<long> collector, string label, string value) =>
        Observe(collector).Single(m => Equals(m.Tags[label], value)).Value;

    private static PostMortemSummary Row(string id, Phase phase, int endedHoursAgo, IReadOnlyList<OpenActionItem>? items = null) =>
        new(id, "Incident " + id, Severity.Sev2, phase, false, Now.AddHours(-endedHoursAgo - 1), null, null, Now.AddHours(-endedHoursAgo), items ?? []);

    private sealed class CountingCatalog : IPostMortemCatalog
    {
        private int _reads;

        public IReadOnlyList<PostMortemSummary> Rows { get; set; } = [];

        public Exception? Failure { get; set; }

        public int Reads => _reads;

        public Task UpsertAsync(PostMortemSummary summary, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<IReadOnlyList<PostMortemSummary>> ListAsync(CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _reads);
            return Failure is null ? Task.FromResult(Rows) : Task.FromException<IReadOnlyList<PostMortemSummary>>(Failure);
        }
    }
}
