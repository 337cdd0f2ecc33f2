namespace PostMortemFlow.Domain.Workflow.Commands;

[GenerateSerializer, Alias("pmf.ApproveAnalysis")]
public sealed record ApproveAnalysis([property: Id(0)] string By) : PostMortemCommand;
