namespace PostMortemFlow.Domain.Evidence;

/// <summary>
/// The answers of one service's impact queries over first symptom → recovery. <see cref="Failed"/> and
/// <see cref="Total"/> are per-second request rates sampled every <see cref="Step"/>.
/// </summary>
public sealed record ImpactInputs
{
    public required string Service { get; init; }
    public required string Source { get; init; }
    public required EvidenceWindow Span { get; init; }
    public required TimeSpan Step { get; init; }
    public required ImpactQueryAnswer Failed { get; init; }
    public ImpactQueryAnswer? Total { get; init; }
    public ImpactSlo? Slo { get; init; }
    /// <summary>The distinct users the users query counted over the span, when one is configured.</summary>
    public (long Count, string Query, string EvidenceRef)? Users { get; init; }
}
