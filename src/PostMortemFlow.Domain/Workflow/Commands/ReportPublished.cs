namespace PostMortemFlow.Domain.Workflow.Commands;

[GenerateSerializer, Alias("pmf.ReportPublished")]
public sealed record ReportPublished([property: Id(0)] string Location) : PostMortemCommand;
