namespace PostMortemFlow.Domain.Model;

[GenerateSerializer, Alias("pmf.ContributingFactor")]
public sealed record ContributingFactor
{
    [Id(0)] public string Description { get; init; } = "";
    [Id(1)] public FactorCategory Category { get; init; } = FactorCategory.Other;
    /// <summary>The five-whys chain, first "why" first; the last answer is the deepest cause reached.</summary>
    [Id(2)] public ImmutableList<string> Whys { get; init; } = [];
}
