namespace PostMortemFlow.Domain.Evidence;

/// <summary>What <see cref="BaselineDetector"/> found in one series.</summary>
public sealed record BaselineResult(double Baseline, double Threshold, MetricSample? FirstAbove, MetricSample? Recovered, MetricSample? Peak);
