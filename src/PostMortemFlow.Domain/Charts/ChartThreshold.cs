namespace PostMortemFlow.Domain.Charts;

/// <summary>A value drawn as a labelled horizontal line across the chart, e.g. the baseline detector's threshold.</summary>
public sealed record ChartThreshold(double Value, string Label);
