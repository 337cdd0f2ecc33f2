using PostMortemFlow.Domain.Evidence;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

/// <param name="Path">Relative to the post-mortem's evidence folder, e.g. "prometheus/error_rate.json".</param>
/// <param name="Series">The metric series in it, when it is a Prometheus range-query answer.</param>
/// <param name="Query">The query it answered, from its source's manifest, when known.</param>
public sealed record EvidenceFile(string Path, long Bytes, IReadOnlyList<MetricSeries> Series, string? Query = null);
