using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.Settings;

namespace PostMortemFlow.Integrations.Telemetry;

/// <summary>
/// The workflow's instruments on the <see cref="PostMortemTelemetry.Name"/> meter that count events where they happen:
/// effect retries and failures, publications, webhook deliveries, evidence collections and data gaps. The gauges over
/// all post-mortems (by phase, overdue, action items) are computed from the host's list, see <c>PostMortemGauges</c>.
/// </summary>
public sealed class PostMortemMetrics
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private readonly Counter<long> _effectsRetried;
    private readonly Counter<long> _webhookDeliveries;
    private readonly Histogram<double> _timeToPublish;
    private readonly Histogram<double> _collectionDuration;
    private readonly Counter<long> _dataGaps;
    private readonly Counter<long> _draftingTokens;
    private readonly FailingEffects _failing;

    public PostMortemMetrics(IMeterFactory meters, TimeProvider clock, IOptions<WorkflowOptions> workflow)
    {
        // An effect that keeps failing is retried at least every RetryMaxDelay; twice that without an attempt means it is gone from here.
        _failing = new FailingEffects(clock, 2 * workflow.Value.RetryMaxDelay + workflow.Value.EffectTimeout);
        Meter = meters.Create(PostMortemTelemetry.Name);
        _effectsRetried = Meter.CreateCounter<long>("pmf.effects.retried", "{attempt}",
            "Attempts of an outbox effect after a failed one, by kind.");
        _webhookDeliveries = Meter.CreateCounter<long>("pmf.webhook.deliveries", "{delivery}",
            "Incident webhook deliveries by source and what became of them.");
        _timeToPublish = Meter.CreateHistogram("pmf.time_to_publish", "s",
            "Time from the end of the incident (or the declaration) to the report's publication.",
            advice: new InstrumentAdvice<double>
            {
                HistogramBucketBoundaries = [.. new[] { 1, 2, 4, 8, 12, 24, 36, 48, 72, 96, 168, 336 }.Select(h => h * Hour.TotalSeconds)],
            });
        _collectionDuration = Meter.CreateHistogram("pmf.collection.duration", "s",
            "How long collecting one evidence source took, by source.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300] });
        _dataGaps = Meter.CreateCounter<long>("pmf.data_gaps", "{gap}",
            "Data gaps the evidence collections reported, by source.");
        _draftingTokens = Meter.CreateCounter<long>("pmf.drafting.tokens", "{token}",
            "Tokens the drafting suggestions used, prompts and answers.");
        Meter.CreateObservableGauge("pmf.effects.failing", ObserveFailing, "{effect}",
            "Outbox effects whose last attempt on this instance failed, by kind.");
    }

    /// <summary>The meter; the host's gauges are created on it too.</summary>
    public Meter Meter { get; }

    /// <summary>An effect is about to run: a retry when an attempt failed before.</summary>
    public void EffectStarting(OutboxEntry entry)
    {
        if (entry.Attempts > 0)
        {
            _effectsRetried.Add(1, Kind(entry.Kind));
        }
    }

    public void EffectSucceeded(string postMortemId, OutboxEntry entry) => _failing.Succeeded(FailingKey(postMortemId, entry));

    public void EffectFailed(string postMortemId, OutboxEntry entry) => _failing.Failed(FailingKey(postMortemId, entry), entry.Kind);

    public void Published(TimeSpan sinceIncidentEnd) => _timeToPublish.Record(Math.Max(0, sinceIncidentEnd.TotalSeconds));

    public void DraftingTokens(long tokens)
    {
        if (tokens > 0)
        {
            _draftingTokens.Add(tokens);
        }
    }

    public void Collected(string source, TimeSpan duration, int gaps)
    {
        var tag = new KeyValuePair<string, object?>("source", source);
        _collectionDuration.Record(duration.TotalSeconds, tag);
        if (gaps > 0)
        {
            _dataGaps.Add(gaps, tag);
        }
    }

    /// <summary>One webhook delivery from <paramref name="source"/> (<c>alertmanager</c>) and its status (<c>started</c>, <c>unauthorized</c>).</summary>
    public void WebhookDelivered(string source, string status) =>
        _webhookDeliveries.Add(1, new KeyValuePair<string, object?>("source", source), new KeyValuePair<string, object?>("status", status));

    private IEnumerable<Measurement<int>> ObserveFailing() =>
        _failing.ByKind().Select(k => new Measurement<int>(k.Value, Kind(k.Key)));

    private static KeyValuePair<string, object?> Kind(EffectKind kind) => new("kind", kind.ToString());

    private static string FailingKey(string postMortemId, OutboxEntry entry) => $"{postMortemId}/{entry.Id}";
}
