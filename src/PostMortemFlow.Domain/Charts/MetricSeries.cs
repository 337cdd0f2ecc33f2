namespace PostMortemFlow.Domain.Charts;

/// <summary>One metric series of the incident window, e.g. one label set of a Prometheus range query.</summary>
public sealed record MetricSeries(string Name, IReadOnlyList<MetricPoint> Points);
