using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Api.Insights;

/// <summary>One factor of another post-mortem that says what the queried factor says; similarity is the cosine, 0–1.</summary>
public sealed record FactorMatchView(string PostMortemId, string Title, bool IsNearMiss, DateTimeOffset StartedAt, FactorCategory Category,
    string Description, double Similarity);
