namespace PostMortemFlow.Domain.Workflow.Commands;

/// <summary>An outbox effect ran; <paramref name="Outcome"/> is what it learned (a ticket link, collected evidence…).</summary>
[GenerateSerializer, Alias("pmf.EffectSucceeded")]
public sealed record EffectSucceeded([property: Id(0)] string EffectId, [property: Id(1)] PostMortemCommand? Outcome) : PostMortemCommand;
