using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Insights;

/// <summary>A contributing factor as written in one post-mortem.</summary>
public sealed record FactorOccurrence(string PostMortemId, string Title, bool IsNearMiss, DateTimeOffset StartedAt, FactorCategory Category, string Description);
