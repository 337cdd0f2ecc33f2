using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Prevention;

namespace PostMortemFlow.Domain.Tests.Prevention;

public sealed class SignatureDerivationTests
{
    private static readonly DateTimeOffset Spike = new(2025, 2, 9, 10, 5, 0, TimeSpan.Zero);
    private const string RateRef = "postmortems/pm-1/evidence/prometheus/api-5xx-rate.json";
    private const string PoolRef = "postmortems/pm-1/evidence/prometheus/api-db-pool.json";

    private static SignatureQuery Detection(string name, string evidenceRef, double threshold, int minute) => new()
    {
        Source = "prometheus", Name = name, Query = $"query of {name}", Series = "service=\"api\"", Baseline = threshold / 2,
        Threshold = threshold, FirstAbove = Spike.AddMinutes(minute), EvidenceRef = evidenceRef,
    };

    private static TimelineEntry Row(int minute, string text, TimelineEntryKind kind, string source = "prometheus", string? evidence = null) =>
        new() { Time = Spike.AddMinutes(minute), Event = text, Source = source, Kind = kind, EvidenceRef = evidence };

    [Fact]
    public void Derive_FirstSymptomRowsInTheTimeline_KeepTheirQueriesAndThresholdsInTimeOrder()
    {
        var timeline = new[]
        {
            Row(0, "First symptom: api-db-pool above its baseline (20 > 7.5, baseline 5)", TimelineEntryKind.FirstSymptom, evidence: PoolRef),
            Row(1, "First symptom: api-5xx-rate above its baseline (25.7 > 0.3, baseline 0.2)", TimelineEntryKind.FirstSymptom, evidence: RateRef),
        };

        var signature = SignatureDerivation.Derive(timeline, [Detection("api-5xx-rate", RateRef, 0.3, 1), Detection("api-db-pool", PoolRef, 7.5, 0)]);

        Assert.Equal([("api-db-pool", 7.5), ("api-5xx-rate", 0.3)], signature.Queries.Select(q => (q.Name, q.Threshold)));
        Assert.Empty(signature.Alerts);
    }

    [Fact]
    public void Derive_ReviewerDeletedTheFirstSymptomRow_LeavesThatQueryOut()
    {
        var timeline = new[] { Row(1, "First symptom: api-5xx-rate above its baseline", TimelineEntryKind.FirstSymptom, evidence: RateRef) };

        var signature = SignatureDerivation.Derive(timeline, [Detection("api-5xx-rate", RateRef, 0.3, 1), Detection("api-db-pool", PoolRef, 7.5, 0)]);

        Assert.Equal(["api-5xx-rate"], signature.Queries.Select(q => q.Name));
    }

    [Fact]
    public void Derive_AlertRowsFromPrometheusAndAlertmanager_NameEachAlertOnceAtItsFirstFiring()
    {
        var timeline = new[]
        {
            Row(0, "Alert HighErrorRate pending", TimelineEntryKind.Event),
            Row(3, "Alert HighErrorRate firing", TimelineEntryKind.Detected),
            Row(4, "Alert HighErrorRate fired for api", TimelineEntryKind.Detected, source: "alertmanager"),
            Row(6, "Alert DbPoolSaturated firing", TimelineEntryKind.Detected, source: "alertmanager"),
            Row(7, "Paged on-call", TimelineEntryKind.Detected, source: "pagerduty"),
            Row(8, "Alert HighLatency resolved", TimelineEntryKind.Event),
        };

        var signature = SignatureDerivation.Derive(timeline, []);

        Assert.Equal([("HighErrorRate", Spike.AddMinutes(3)), ("DbPoolSaturated", Spike.AddMinutes(6))], signature.Alerts.Select(a => (a.Name, a.FiredAt)));
        Assert.Empty(signature.Queries);
    }

    [Fact]
    public void Derive_NothingDrafted_IsEmpty()
    {
        Assert.True(SignatureDerivation.Derive([Row(0, "Deploy v2.3.0", TimelineEntryKind.Event)], []).IsEmpty);
    }
}
