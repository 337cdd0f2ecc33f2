namespace PostMortemFlow.Domain.Workflow.Commands;

[GenerateSerializer, Alias("pmf.ApproveReport")]
public sealed record ApproveReport([property: Id(0)] string By) : PostMortemCommand;
