namespace PostMortemFlow.Domain.Prevention;

/// <summary>One point of a chart of the checked interval (the largest sample of its time bucket, so spikes stay visible).</summary>
[GenerateSerializer, Alias("pmf.SeriesPoint")]
public sealed record SeriesPoint
{
    [Id(0)] public DateTimeOffset Time { get; init; }
    [Id(1)] public double Value { get; init; }
}
