namespace PostMortemFlow.Domain.Evidence;

/// <summary>How rows from different sources are matched as one event.</summary>
public sealed record DraftTimelineSettings
{
    public static DraftTimelineSettings Default { get; } = new();

    /// <summary>Two sources' rows for the same event closer than this are one row, without comment.</summary>
    public TimeSpan SkewTolerance { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Rows for the same event further apart than this are two occurrences, not one event with skewed clocks.</summary>
    public TimeSpan MatchWindow { get; init; } = TimeSpan.FromMinutes(10);
}
