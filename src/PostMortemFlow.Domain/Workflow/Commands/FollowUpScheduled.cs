namespace PostMortemFlow.Domain.Workflow.Commands;

[GenerateSerializer, Alias("pmf.FollowUpScheduled")]
public sealed record FollowUpScheduled([property: Id(0)] DateTimeOffset At) : PostMortemCommand;
