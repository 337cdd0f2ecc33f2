using PostMortemFlow.Domain.Evidence;

namespace PostMortemFlow.Integrations.Reporting;

/// <param name="Path">Relative to the post-mortem's evidence, e.g. <c>prometheus/api-5xx-rate.json</c>.</param>
/// <param name="Query">The query it answered, from the source's manifest; null when the manifest does not say.</param>
public sealed record StoredRangeQuery(string Path, string? Query, IReadOnlyList<MetricSeries> Series);
