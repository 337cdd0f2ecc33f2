namespace PostMortemFlow.Domain.Evidence;

/// <summary>A request-availability SLO: the share of requests that must succeed (e.g. 0.999) over a rolling window.</summary>
public sealed record ImpactSlo(double Target, TimeSpan Window)
{
    public bool IsValid => Target is > 0 and < 1 && Window > TimeSpan.Zero;
}
