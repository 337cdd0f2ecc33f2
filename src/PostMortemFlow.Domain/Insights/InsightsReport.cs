namespace PostMortemFlow.Domain.Insights;

/// <summary>The learning views across post-mortems, computed at <see cref="ComputedAt"/>; cancelled post-mortems are left out.</summary>
public sealed record InsightsReport(
    DateTimeOffset ComputedAt,
    int PostMortems,
    int NearMisses,
    IReadOnlyList<DurationTrend> ByMonth,
    IReadOnlyList<DurationTrend> ByService,
    IReadOnlyList<DurationTrend> BySeverity,
    IReadOnlyList<ActionItemWeek> ActionItemsByWeek,
    PublishingShare PublishedWithin48Hours,
    IReadOnlyList<RecurringFactor> RecurringFactors);
