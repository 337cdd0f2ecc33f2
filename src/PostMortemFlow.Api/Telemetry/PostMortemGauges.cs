using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using PostMortemFlow.Application.PostMortems;
using PostMortemFlow.Integrations.Settings;
using PostMortemFlow.Integrations.Telemetry;

namespace PostMortemFlow.Api.Telemetry;

/// <summary>
/// The gauges over every post-mortem, from the host's list (<see cref="IPostMortemCatalog"/>): by phase, overdue,
/// open and overdue action items by priority. A collection reads cached counts and, when they are older than
/// <c>Telemetry:GaugeRefresh</c>, starts one refresh in the background, so a scrape never walks the list itself.
/// Every instance reports the same values (take <c>max</c> across instances).
/// </summary>
public sealed class PostMortemGauges : IHostedService
{
    private readonly IPostMortemCatalog _catalog;
    private readonly TimeProvider _clock;
    private readonly ILogger<PostMortemGauges> _logger;
    private readonly TimeSpan _publishDeadline;
    private readonly TimeSpan _refresh;
    private readonly Lock _gate = new();
    private PostMortemCounts _counts = PostMortemCounts.Empty;
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;
    private Task _refreshing = Task.CompletedTask;

    public PostMortemGauges(
        IPostMortemCatalog catalog,
        PostMortemMetrics metrics,
        IOptions<WorkflowOptions> workflow,
        IOptions<TelemetryOptions> telemetry,
        TimeProvider clock,
        ILogger<PostMortemGauges> logger)
    {
        (_catalog, _clock, _logger) = (catalog, clock, logger);
        _publishDeadline = workflow.Value.PublishDeadline;
        _refresh = telemetry.Value.GaugeRefresh;
        var meter = metrics.Meter;
        meter.CreateObservableGauge("pmf.postmortems",
            () => Current().ByPhase.Select(p => Measure(p.Value, "phase", p.Key.ToString())),
            "{postmortem}", "Post-mortems by phase.");
        meter.CreateObservableGauge("pmf.postmortems.overdue",
            () => new Measurement<long>(Current().Overdue),
            "{postmortem}", "Post-mortems past the publish deadline and not published.");
        meter.CreateObservableGauge("pmf.action_items.open",
            () => Current().OpenItemsByPriority.Select(p => Measure(p.Value, "priority", p.Key)),
            "{item}", "Open action items by priority.");
        meter.CreateObservableGauge("pmf.action_items.overdue",
            () => Current().OverdueItemsByPriority.Select(p => Measure(p.Value, "priority", p.Key)),
            "{item}", "Open action items past their deadline, by priority.");
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        RefreshInBackground();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => _refreshing.WaitAsync(cancellationToken);

    /// <summary>The counts as last read; a refresh starts in the background when they are stale.</summary>
    public PostMortemCounts Current()
    {
        // Taken before the refresh starts, which may finish before this returns: a collection answers with what it found.
        var counts = _counts;
        if (_clock.GetUtcNow() - _readAt >= _refresh)
        {
            RefreshInBackground();
        }
        return counts;
    }

    /// <summary>Reads the list now (what the background refresh does).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var rows = await _catalog.ListAsync(cancellationToken);
            var now = _clock.GetUtcNow();
            _counts = PostMortemCounts.Of(rows, now, _publishDeadline);
            _readAt = now;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // The gauges keep the last counts; the next collection after the refresh period tries again.
            _readAt = _clock.GetUtcNow();
            _logger.LogWarning("Could not read the post-mortem list for the gauges: {Error}", failure.Message);
        }
    }

    private void RefreshInBackground()
    {
        lock (_gate)
        {
            if (_refreshing.IsCompleted)
            {
                _refreshing = Task.Run(() => RefreshAsync());
            }
        }
    }

    private static Measurement<long> Measure(long value, string label, string name) => new(value, new KeyValuePair<string, object?>(label, name));
}
