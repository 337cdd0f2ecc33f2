namespace PostMortemFlow.Domain.Workflow.Commands;

/// <summary>Puts back the timeline or the analysis as it was at an earlier version: an ordinary edit, checked and recorded.</summary>
[GenerateSerializer, Alias("pmf.RestoreVersion")]
public sealed record RestoreVersion([property: Id(0)] long Version, [property: Id(1)] RestoredPart Part, [property: Id(2)] string By) : PostMortemCommand;
