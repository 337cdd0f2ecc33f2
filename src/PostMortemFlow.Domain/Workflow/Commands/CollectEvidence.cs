namespace PostMortemFlow.Domain.Workflow.Commands;

/// <summary>Collects (again) from one evidence source, e.g. after a person uploaded an export.</summary>
[GenerateSerializer, Alias("pmf.CollectEvidence")]
public sealed record CollectEvidence([property: Id(0)] string Source) : PostMortemCommand;
