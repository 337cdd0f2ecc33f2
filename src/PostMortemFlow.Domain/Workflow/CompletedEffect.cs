namespace PostMortemFlow.Domain.Workflow;

/// <summary>What the outbox did, kept so people can see what was sent and so no key runs twice.</summary>
[GenerateSerializer, Alias("pmf.CompletedEffect")]
public sealed record CompletedEffect
{
    [Id(0)] public string Id { get; init; } = "";
    [Id(1)] public EffectKind Kind { get; init; }
    [Id(2)] public string Summary { get; init; } = "";
    [Id(3)] public DateTimeOffset CompletedAt { get; init; }
    [Id(4)] public int Attempts { get; init; }
}
