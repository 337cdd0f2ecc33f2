namespace PostMortemFlow.Domain.Model;

[GenerateSerializer, Alias("pmf.ContributingFactor")]
public sealed record ContributingFactor
{
    [Id(0)] public string Description { get; init; } = "";
    [Id(1)] public FactorCategory Category { get; init; } = FactorCategory.Other;
    /// <summary>The five-whys chain, first "why" first; the last answer is the deepest cause reached.</summary>
    [Id(2)] public ImmutableList<string> Whys { get; init; } = [];
    /// <summary>The category as the report wrote it ("Capacity Planning"); null when written as the model names it.</summary>
    [Id(3)] public string? CategoryAsWritten { get; init; }
}
