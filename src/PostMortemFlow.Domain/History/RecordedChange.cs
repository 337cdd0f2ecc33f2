namespace PostMortemFlow.Domain.History;

/// <summary>One accepted edit of a post-mortem: who made it, when, with which command, and exactly what it changed.</summary>
[GenerateSerializer, Alias("pmf.RecordedChange")]
public sealed record RecordedChange
{
    /// <summary>The version the edit made.</summary>
    [Id(0)] public long Version { get; init; }
    [Id(1)] public DateTimeOffset At { get; init; }
    [Id(2)] public string By { get; init; } = "";
    /// <summary>The command that made it, e.g. <c>EditTimeline</c>.</summary>
    [Id(3)] public string Command { get; init; } = "";
    /// <summary>What else is worth knowing: "from a suggestion", "restored version 7".</summary>
    [Id(4)] public string? Note { get; init; }
    [Id(5)] public ImmutableList<FieldEdit> Edits { get; init; } = [];
}
