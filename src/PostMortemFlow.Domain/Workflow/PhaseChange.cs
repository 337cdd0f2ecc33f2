namespace PostMortemFlow.Domain.Workflow;

[GenerateSerializer, Alias("pmf.PhaseChange")]
public sealed record PhaseChange
{
    [Id(0)] public Phase From { get; init; }
    [Id(1)] public Phase To { get; init; }
    [Id(2)] public DateTimeOffset At { get; init; }
    [Id(3)] public string By { get; init; } = "";
    [Id(4)] public string? Note { get; init; }
    /// <summary>The version it made; 0 for changes recorded before versions were kept here.</summary>
    [Id(5)] public long Version { get; init; }
}
