namespace PostMortemFlow.Domain.Charts;

/// <summary>One group of bars: its label and one value per series (null draws no bar).</summary>
public sealed record BarGroup(string Label, IReadOnlyList<double?> Values);
