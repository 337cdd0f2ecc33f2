namespace PostMortemFlow.Domain.Model;

/// <summary>Step 3 of the method: immediate causes, contributing factors and systemic issues.</summary>
[GenerateSerializer, Alias("pmf.Analysis")]
public sealed record Analysis
{
    [Id(0)] public ImmutableList<string> ImmediateCauses { get; init; } = [];
    [Id(1)] public ImmutableList<ContributingFactor> Factors { get; init; } = [];
    [Id(2)] public ImmutableList<string> SystemicIssues { get; init; } = [];
}
