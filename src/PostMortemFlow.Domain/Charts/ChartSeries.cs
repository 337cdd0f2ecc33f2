using PostMortemFlow.Domain.Evidence;

namespace PostMortemFlow.Domain.Charts;

/// <summary>One line of a chart with the name its legend gives it, e.g. <c>rate(http_requests_total{code="500"}[1m]) · service=api</c>.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<MetricSample> Samples);
