using PostMortemFlow.Domain.Evidence;

namespace PostMortemFlow.Domain.Tests.Evidence;

public class BaselineDetectorTests
{
    private static readonly DateTimeOffset T0 = new(2025, 2, 9, 10, 0, 0, TimeSpan.Zero);

    private static List<MetricSample> Series(Func<int, double> value, int minutes = 120) =>
        Enumerable.Range(0, minutes).Select(m => new MetricSample(T0.AddMinutes(m), value(m))).ToList();

    [Fact]
    public void Detect_SpikeAfterNoisyBaseline_FindsFirstSymptomAndRecovery()
    {
        var samples = Series(m => m is >= 5 and < 35 ? 25 : 0.2 + (m % 3) * 0.01);

        var result = BaselineDetector.Detect(samples, T0.AddMinutes(8))!;

        Assert.Equal(T0.AddMinutes(5), result.FirstAbove!.Value.Time);
        Assert.Equal(T0.AddMinutes(35), result.Recovered!.Value.Time);
        Assert.InRange(result.Baseline, 0.19, 0.23);
    }

    [Fact]
    public void Detect_FlatSeries_FindsNothing()
    {
        var result = BaselineDetector.Detect(Series(_ => 3), T0.AddMinutes(30))!;

        Assert.Null(result.FirstAbove);
        Assert.Null(result.Recovered);
    }

    [Fact]
    public void Detect_SpikeThatNeverEnds_HasNoRecovery()
    {
        var result = BaselineDetector.Detect(Series(m => m >= 40 ? 10 : 1), T0.AddMinutes(45))!;

        Assert.Equal(T0.AddMinutes(40), result.FirstAbove!.Value.Time);
        Assert.Null(result.Recovered);
    }

    [Fact]
    public void Detect_SingleOutlierInBaseline_DoesNotRaiseTheThreshold()
    {
        var samples = Series(m => m == 2 ? 500 : m >= 20 ? 5 : 1);

        var result = BaselineDetector.Detect(samples, T0.AddMinutes(20))!;

        Assert.Equal(1, result.Baseline);
        Assert.Equal(T0.AddMinutes(2), result.FirstAbove!.Value.Time);
        Assert.True(result.Threshold < 5);
    }

    [Fact]
    public void Detect_NoSamples_ReturnsNull() =>
        Assert.Null(BaselineDetector.Detect([], T0));
}
