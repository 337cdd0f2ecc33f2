namespace PostMortemFlow.Domain.Workflow.Commands;

[GenerateSerializer, Alias("pmf.ApproveTimeline")]
public sealed record ApproveTimeline([property: Id(0)] string By) : PostMortemCommand;
