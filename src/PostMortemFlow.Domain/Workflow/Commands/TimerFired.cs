namespace PostMortemFlow.Domain.Workflow.Commands;

/// <summary>A durable timer ticked; early, late and doubled ticks are all safe.</summary>
[GenerateSerializer, Alias("pmf.TimerFired")]
public sealed record TimerFired([property: Id(0)] string Name) : PostMortemCommand;
