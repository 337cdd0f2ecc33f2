using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Workflow.Commands;

[GenerateSerializer, Alias("pmf.EditAnalysis")]
public sealed record EditAnalysis([property: Id(0)] AnalysisDraft Draft, [property: Id(1)] string By) : PostMortemCommand;
