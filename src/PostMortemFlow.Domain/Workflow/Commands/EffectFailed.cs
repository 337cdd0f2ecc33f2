namespace PostMortemFlow.Domain.Workflow.Commands;

[GenerateSerializer, Alias("pmf.EffectFailed")]
public sealed record EffectFailed([property: Id(0)] string EffectId, [property: Id(1)] string Error) : PostMortemCommand;
