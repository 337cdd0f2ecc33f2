namespace PostMortemFlow.Domain.Rules;

public sealed record LintOptions
{
    /// <summary>Longest stretch without a timeline entry during the impact before <c>timeline-gap</c> warns.</summary>
    public TimeSpan MaxTimelineGap { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Shortest acceptable five-whys chain.</summary>
    public int MinimumWhys { get; init; } = 5;

    public static LintOptions Default { get; } = new();
}
