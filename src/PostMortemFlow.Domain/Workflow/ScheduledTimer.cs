namespace PostMortemFlow.Domain.Workflow;

[GenerateSerializer, Alias("pmf.ScheduledTimer")]
public sealed record ScheduledTimer
{
    [Id(0)] public string Name { get; init; } = "";
    [Id(1)] public DateTimeOffset DueAt { get; init; }
}
