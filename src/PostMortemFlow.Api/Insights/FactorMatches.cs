namespace PostMortemFlow.Api.Insights;

/// <summary>The answer of <c>GET /api/insights/factor-matches</c>: the factors of other post-mortems that say the same thing, closest first.</summary>
public sealed record FactorMatches(IReadOnlyList<FactorMatchView> Matches);
