namespace PostMortemFlow.Domain.Workflow.Commands;

[GenerateSerializer, Alias("pmf.Cancel")]
public sealed record Cancel([property: Id(0)] string By, [property: Id(1)] string Reason) : PostMortemCommand;
