using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Prevention;

namespace PostMortemFlow.Domain.Tests.Prevention;

public sealed class RecurrenceEvaluatorTests
{
    private static readonly DateTimeOffset From = new(2025, 2, 12, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(1);

    private static readonly SignatureQuery Rate = new()
    {
        Source = "prometheus", Name = "api-5xx-rate", Query = "sum(rate(http_requests_total{code=\"500\"}[5m]))", Series = "code=\"500\"",
        Baseline = 0.2, Threshold = 0.3,
    };

    /// <summary>One sample a minute from <see cref="From"/>; minutes inside a spike get the spike's value.</summary>
    private static List<MetricSample> Minutes(int count, params (int From, int To, double Value)[] spikes) =>
        [.. Enumerable.Range(0, count).Select(m => new MetricSample(From.AddMinutes(m),
            spikes.FirstOrDefault(s => m >= s.From && m < s.To) is { Value: > 0 } s ? s.Value : 0.2))];

    private static PrometheusRange Answer(params (string Labels, List<MetricSample> Samples)[] series) =>
        new([.. series.Select(s => new MetricSeries(s.Labels.Length == 0 ? new Dictionary<string, string>()
            : new Dictionary<string, string> { ["code"] = s.Labels }, s.Samples))], null, null, null);

    [Fact]
    public void EvaluateQuery_ASecondSpikeAboveTheThreshold_IsOneEpisodeFromItsFirstSampleToTheFirstBackUnder()
    {
        var result = RecurrenceEvaluator.EvaluateQuery(Rate, Answer(("500", Minutes(600, (300, 330, 25.7)))), From, From.AddMinutes(600), Step);

        Assert.True(result.Recurred);
        var episode = Assert.Single(result.Episodes);
        Assert.Equal((From.AddMinutes(300), From.AddMinutes(330), 25.7), (episode.Start, episode.End, episode.Peak));
        Assert.Equal(From.AddMinutes(300), result.FirstAt);
        Assert.Equal((From, From.AddMinutes(599)), (result.CoveredFrom, result.CoveredTo));
    }

    [Fact]
    public void EvaluateQuery_QuietSeries_DidNotRecur()
    {
        var result = RecurrenceEvaluator.EvaluateQuery(Rate, Answer(("500", Minutes(600))), From, From.AddMinutes(600), Step);

        Assert.Equal(false, result.Recurred);
        Assert.Empty(result.Episodes);
        Assert.Null(result.CouldNotCheck);
    }

    [Fact]
    public void EvaluateQuery_ValueAtTheThresholdItself_IsNotAbove()
    {
        var result = RecurrenceEvaluator.EvaluateQuery(Rate, Answer(("500", Minutes(60, (10, 20, 0.3)))), From, From.AddMinutes(60), Step);

        Assert.Empty(result.Episodes);
    }

    [Fact]
    public void EvaluateQuery_StillAboveAtTheEnd_IsAnOpenEpisode()
    {
        var result = RecurrenceEvaluator.EvaluateQuery(Rate, Answer(("500", Minutes(60, (50, 60, 4)))), From, From.AddMinutes(60), Step);

        var episode = Assert.Single(result.Episodes);
        Assert.Equal(From.AddMinutes(50), episode.Start);
        Assert.Null(episode.End);
    }

    [Fact]
    public void EvaluateQuery_TwoSpikesAndAHoleInTheSamples_AreSeparateEpisodes()
    {
        var samples = Minutes(120, (10, 20, 5), (40, 50, 5), (60, 70, 5));
        samples.RemoveAll(s => s.Time >= From.AddMinutes(45) && s.Time < From.AddMinutes(60)); // scrape outage during the second spike

        var result = RecurrenceEvaluator.EvaluateQuery(Rate, Answer(("500", samples)), From, From.AddMinutes(120), Step);

        Assert.Equal([(From.AddMinutes(10), From.AddMinutes(20)), (From.AddMinutes(40), From.AddMinutes(45)), (From.AddMinutes(60), From.AddMinutes(70))],
            result.Episodes.Select(e => (e.Start, e.End!.Value)));
    }

    [Fact]
    public void EvaluateQuery_SeveralSeries_ReadsTheOneThatCrossedDuringTheIncident()
    {
        var result = RecurrenceEvaluator.EvaluateQuery(Rate, Answer(("200", Minutes(60, (5, 50, 80))), ("500", Minutes(60))), From, From.AddMinutes(60), Step);

        Assert.Empty(result.Episodes);
    }

    [Fact]
    public void EvaluateQuery_NoSamplesSincePublication_CouldNotCheck()
    {
        var result = RecurrenceEvaluator.EvaluateQuery(Rate, Answer(), From, From.AddDays(28), Step);

        Assert.Null(result.Recurred);
        Assert.Equal("Prometheus returned no samples for the interval since publication", result.CouldNotCheck);
    }

    [Fact]
    public void EvaluateQuery_PrometheusError_CouldNotCheckWithItsMessage()
    {
        var result = RecurrenceEvaluator.EvaluateQuery(Rate, PrometheusRange.Failed("exceeded maximum resolution of 11,000 points per timeseries", "bad_data"),
            From, From.AddDays(28), Step);

        Assert.Equal("Prometheus refused the query: exceeded maximum resolution of 11,000 points per timeseries", result.CouldNotCheck);
    }

    [Fact]
    public void EvaluateQuery_LongInterval_ChartKeepsTheSpikesPeak()
    {
        var result = RecurrenceEvaluator.EvaluateQuery(Rate, Answer(("500", Minutes(5000, (2001, 2003, 25.7)))), From, From.AddMinutes(5000), Step);

        Assert.InRange(result.Chart.Count, 2, RecurrenceEvaluator.ChartPoints);
        Assert.Equal(25.7, result.Chart.Max(p => p.Value));
        Assert.Equal((From, From.AddMinutes(4999)), (result.Chart[0].Time, result.Chart[^1].Time));
    }

    [Fact]
    public void EvaluateAlerts_ThreeFiringRuns_CountThreeWithTheirStarts()
    {
        var firing = new List<MetricSample>();
        foreach (var start in new[] { 100, 400, 410 })
        {
            firing.AddRange(Enumerable.Range(start, 5).Select(m => new MetricSample(From.AddMinutes(m), 1)));
        }
        var answer = new PrometheusRange(
        [
            new MetricSeries(new Dictionary<string, string> { ["alertname"] = "HighErrorRate", ["alertstate"] = "firing" }, firing),
            new MetricSeries(new Dictionary<string, string> { ["alertname"] = "HighErrorRate", ["alertstate"] = "pending" }, [new(From.AddMinutes(90), 1)]),
            new MetricSeries(new Dictionary<string, string> { ["alertname"] = "Other", ["alertstate"] = "firing" }, [new(From.AddMinutes(5), 1)]),
        ], null, null, null);

        var alerts = RecurrenceEvaluator.EvaluateAlerts([new SignatureAlert { Name = "HighErrorRate" }, new SignatureAlert { Name = "DbPoolSaturated" }],
            answer, From, From.AddDays(1), Step);

        Assert.Equal([From.AddMinutes(100), From.AddMinutes(400), From.AddMinutes(410)], alerts[0].FiredAt);
        Assert.Equal(3, alerts[0].FireCount);
        Assert.Equal(0, alerts[1].FireCount);
        Assert.True(alerts[1].Checked);
    }

    [Fact]
    public void EvaluateAlerts_PrometheusError_EveryAlertCouldNotCheck()
    {
        var alerts = RecurrenceEvaluator.EvaluateAlerts([new SignatureAlert { Name = "HighErrorRate" }], PrometheusRange.Failed("timeout"), From, From.AddDays(1), Step);

        Assert.Equal("Prometheus refused the alerts query: timeout", Assert.Single(alerts).CouldNotCheck);
    }
}
