namespace PostMortemFlow.Domain.Charts;

/// <summary>A key moment of the timeline, drawn as a vertical line across the chart.</summary>
public sealed record ChartMarker(DateTimeOffset Time, string Label);
