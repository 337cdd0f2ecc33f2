using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Insights;

/// <summary>What the insights keep of a contributing factor: its fishbone category and its words.</summary>
public sealed record FactorFact(FactorCategory Category, string Description);
