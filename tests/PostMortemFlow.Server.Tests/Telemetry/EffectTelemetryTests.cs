using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.Effects;
using PostMortemFlow.Integrations.Settings;
using PostMortemFlow.Integrations.Telemetry;
using PostMortemFlow.Server.Tests.Workflow;

namespace PostMortemFlow.Server.Tests.Telemetry;

/// <summary>The dispatcher's spans and instruments: retries and failing effects by kind, time to publish, collections and gaps.</summary>
public sealed class EffectTelemetryTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly ManualClock _clock = new(Now);
    private readonly RecordingEffects _effects = new();
    private readonly EffectDispatcher _dispatcher;
    private readonly string _id = $"pm-telemetry-{Guid.NewGuid():N}";

    public EffectTelemetryTests()
    {
        var workflow = Options.Create(new WorkflowOptions { RetryMaxDelay = TimeSpan.FromMinutes(30), EffectTimeout = TimeSpan.FromMinutes(2) });
        var metrics = new PostMortemMetrics(Meters, _clock, workflow);
        _dispatcher = new EffectDispatcher(_effects, _effects, _effects, _effects, _effects, [_effects], [], new NoTicketComments(), new NoPostMortemFacts(), new NoSuggestions(), new NoPeopleDirectory(), metrics, _clock);
    }

    private IMeterFactory Meters => _services.GetRequiredService<IMeterFactory>();

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task ExecuteAsync_RetryThatFails_CountsTheRetryAndTheFailingEffectByKind()
    {
        using var retried = Collector<long>("pmf.effects.retried");
        using var failing = Collector<int>("pmf.effects.failing");
        var email = await FailAsync(Email(attempts: 1), times: 1);

        Assert.Equal(1, Assert.Single(retried.GetMeasurementSnapshot()).Value);
        Assert.Equal("SendEmail", retried.LastMeasurement!.Tags["kind"]);
        Assert.Equal(1, Failing(failing, EffectKind.SendEmail));
        Assert.Equal(0, Failing(failing, EffectKind.PublishReport));
    }

    [Fact]
    public async Task ExecuteAsync_SucceedsAfterAFailure_NoLongerFailing()
    {
        using var failing = Collector<int>("pmf.effects.failing");
        var email = await FailAsync(Email(attempts: 0), times: 1);
        Assert.Equal(1, Failing(failing, EffectKind.SendEmail));

        await _dispatcher.ExecuteAsync(email with { Attempts = 1 }, State(), default);

        Assert.Equal(0, Failing(failing, EffectKind.SendEmail));
    }

    [Fact]
    public async Task ExecuteAsync_FailedEffectNotTriedAgainForTwiceTheLongestRetryDelay_IsForgotten()
    {
        using var failing = Collector<int>("pmf.effects.failing");
        var email = await FailAsync(Email(attempts: 0), times: 5);

        _clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(1, Failing(failing, EffectKind.SendEmail));
        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(0, Failing(failing, EffectKind.SendEmail));
    }

    [Fact]
    public async Task ExecuteAsync_FirstAttempt_IsNoRetry()
    {
        using var retried = Collector<long>("pmf.effects.retried");

        await _dispatcher.ExecuteAsync(Email(attempts: 0), State(), default);

        Assert.Empty(retried.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task ExecuteAsync_PublishReport_RecordsTheTimeSinceTheIncidentEnded()
    {
        using var timeToPublish = Collector<double>("pmf.time_to_publish");
        var state = State(endedAt: Now.AddHours(-30));

        await _dispatcher.ExecuteAsync(new OutboxEntry { Id = "publish:3", Kind = EffectKind.PublishReport }, state, default);

        Assert.Equal(TimeSpan.FromHours(30).TotalSeconds, Assert.Single(timeToPublish.GetMeasurementSnapshot()).Value);
    }

    [Fact]
    public async Task ExecuteAsync_SourceWithoutCollector_RecordsTheCollectionAndItsGapBySource()
    {
        using var duration = Collector<double>("pmf.collection.duration");
        using var gaps = Collector<long>("pmf.data_gaps");

        await _dispatcher.ExecuteAsync(new OutboxEntry { Id = "collect:pagerduty", Kind = EffectKind.CollectEvidence, Target = "pagerduty" }, State(), default);

        Assert.Equal("pagerduty", Assert.Single(duration.GetMeasurementSnapshot()).Tags["source"]);
        var gap = Assert.Single(gaps.GetMeasurementSnapshot());
        Assert.Equal(1, gap.Value);
        Assert.Equal("pagerduty", gap.Tags["source"]);
    }

    [Fact]
    public async Task ExecuteAsync_Collection_IsASpanInsideTheEffectSpan()
    {
        using var spans = new SpanRecorder();

        await _dispatcher.ExecuteAsync(new OutboxEntry { Id = "collect:test-evidence", Kind = EffectKind.CollectEvidence, Target = RecordingEffects.EvidenceSource }, State(), default);

        var effect = spans.Single(_id, "effect CollectEvidence");
        var collection = spans.Single(_id, $"collect {RecordingEffects.EvidenceSource}");
        Assert.Equal(effect.SpanId, collection.ParentSpanId);
        Assert.Equal("succeeded", effect.GetTagItem(PostMortemTelemetry.Outcome));
        Assert.Equal("CollectEvidence", effect.GetTagItem(PostMortemTelemetry.EffectKind));
        Assert.Equal(1, effect.GetTagItem(PostMortemTelemetry.EffectAttempt));
        Assert.Equal(0, collection.GetTagItem(PostMortemTelemetry.EvidenceGaps));
    }

    [Fact]
    public async Task ExecuteAsync_Failure_MarksTheSpanFailed()
    {
        using var spans = new SpanRecorder();
        var email = await FailAsync(Email(attempts: 2), times: 1);

        var span = spans.Single(_id, "effect SendEmail");
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("failed", span.GetTagItem(PostMortemTelemetry.Outcome));
        Assert.Equal(3, span.GetTagItem(PostMortemTelemetry.EffectAttempt));
        Assert.Equal(email.Id, span.GetTagItem(PostMortemTelemetry.EffectId));
    }

    /// <summary>Runs <paramref name="entry"/> once, failing, with its executor set to fail <paramref name="times"/> in all.</summary>
    private async Task<OutboxEntry> FailAsync(OutboxEntry entry, int times)
    {
        _effects.FailuresBeforeSuccess[$"{_id}/{entry.Id}"] = times;
        await Assert.ThrowsAsync<HttpRequestException>(() => _dispatcher.ExecuteAsync(entry, State(), default));
        return entry;
    }

    private MetricCollector<T> Collector<T>(string instrument) where T : struct =>
        new(Meters, PostMortemTelemetry.Name, instrument, _clock);

    private static int Failing(MetricCollector<int> failing, EffectKind kind)
    {
        failing.Clear();
        failing.RecordObservableInstruments();
        return failing.GetMeasurementSnapshot().Single(m => Equals(m.Tags["kind"], kind.ToString())).Value;
    }

    private static OutboxEntry Email(int attempts) => new()
    {
        Id = "email:review:1",
        Kind = EffectKind.SendEmail,
        Attempts = attempts,
        Email = new EmailMessage { Purpose = EmailPurpose.TimelineReviewRequest, To = ["rui@example.com"], Subject = "Review" },
    };

    private PostMortemState State(DateTimeOffset? endedAt = null) => new()
    {
        Id = _id,
        Phase = Phase.TimelineReview,
        DeclaredAt = Now.AddHours(-2),
        PostMortem = new PostMortem
        {
            Title = "Orders API degradation",
            Incident = new Incident { StartedAt = Now.AddHours(-40), EndedAt = endedAt ?? Now.AddHours(-39), AffectedServices = ["orders-api"] },
        },
    };
}
