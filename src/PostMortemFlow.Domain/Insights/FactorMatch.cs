namespace PostMortemFlow.Domain.Insights;

/// <summary>A factor of another post-mortem that says the same thing, with how close the words are (cosine, 0–1).</summary>
public sealed record FactorMatch(FactorOccurrence Occurrence, double Similarity);
