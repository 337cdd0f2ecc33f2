namespace PostMortemFlow.Domain.Charts;

public readonly record struct MetricPoint(DateTimeOffset Time, double Value);
