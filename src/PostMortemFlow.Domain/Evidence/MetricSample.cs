namespace PostMortemFlow.Domain.Evidence;

/// <summary>One point of a metric series (UTC).</summary>
public readonly record struct MetricSample(DateTimeOffset Time, double Value);
