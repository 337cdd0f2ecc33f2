namespace PostMortemFlow.Domain.Model;

/// <summary>
/// The incident's impact on one service, computed from its metrics between the first symptom and the recovery. A
/// proposal: nothing of it enters the Impact section until a person takes it (ImpactProposal).
/// </summary>
[GenerateSerializer, Alias("pmf.ComputedImpact")]
public sealed record ComputedImpact
{
    [Id(0)] public string Service { get; init; } = "";
    /// <summary>The evidence source that computed it, e.g. <c>prometheus</c>.</summary>
    [Id(1)] public string Source { get; init; } = "";
    [Id(2)] public DateTimeOffset From { get; init; }
    [Id(3)] public DateTimeOffset To { get; init; }
    [Id(4)] public long? FailedRequests { get; init; }
    [Id(5)] public long? TotalRequests { get; init; }
    /// <summary>Failed requests as a share of all requests over the span (0–1).</summary>
    [Id(6)] public double? FailedShare { get; init; }
    /// <summary>The highest share of failed requests at one step (0–1), and when.</summary>
    [Id(7)] public double? PeakErrorRatio { get; init; }
    [Id(8)] public DateTimeOffset? PeakAt { get; init; }
    /// <summary>Minutes in which the share of successful requests was below the SLO target.</summary>
    [Id(9)] public double? MinutesBelowSlo { get; init; }
    [Id(10)] public double? SloTarget { get; init; }
    [Id(11)] public TimeSpan? SloWindow { get; init; }
    /// <summary>The failed requests as a share of the SLO window's error budget (1 = all of it).</summary>
    [Id(12)] public double? BudgetBurned { get; init; }
    [Id(13)] public long? AffectedUsers { get; init; }
    /// <summary>Every number with its words, its arithmetic, its query and its stored evidence file.</summary>
    [Id(14)] public ImmutableList<ImpactFigure> Figures { get; init; } = [];
    /// <summary>Why nothing could be computed (a source down, a query refused), else null.</summary>
    [Id(15)] public string? NotComputed { get; init; }
}
