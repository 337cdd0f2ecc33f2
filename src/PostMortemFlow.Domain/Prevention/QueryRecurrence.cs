namespace PostMortemFlow.Domain.Prevention;

/// <summary>What re-running one signature query over the interval since publication found.</summary>
[GenerateSerializer, Alias("pmf.QueryRecurrence")]
public sealed record QueryRecurrence
{
    [Id(0)] public string Name { get; init; } = "";
    [Id(1)] public string? Query { get; init; }
    [Id(2)] public double Threshold { get; init; }
    /// <summary>Why it could not be checked (no Prometheus, unreachable, no samples…); null when it was.</summary>
    [Id(3)] public string? CouldNotCheck { get; init; }
    [Id(4)] public ImmutableList<RecurrenceEpisode> Episodes { get; init; } = [];
    [Id(5)] public DateTimeOffset? CoveredFrom { get; init; }
    [Id(6)] public DateTimeOffset? CoveredTo { get; init; }
    /// <summary>The series over the interval, reduced for charts.</summary>
    [Id(7)] public ImmutableList<SeriesPoint> Chart { get; init; } = [];
    /// <summary>The artifact the answer was stored as.</summary>
    [Id(8)] public string? EvidenceRef { get; init; }

    public bool Checked => CouldNotCheck is null;

    /// <summary>Null when it could not be checked.</summary>
    public bool? Recurred => Checked ? !Episodes.IsEmpty : null;

    public DateTimeOffset? FirstAt => Episodes.IsEmpty ? null : Episodes[0].Start;

    public static QueryRecurrence NotChecked(SignatureQuery query, string reason) =>
        new() { Name = query.Name, Query = query.Query, Threshold = query.Threshold, CouldNotCheck = reason };
}
