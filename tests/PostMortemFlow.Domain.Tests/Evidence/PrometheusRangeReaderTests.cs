using System.Text;
using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Tests.Charts;

namespace PostMortemFlow.Domain.Tests.Evidence;

public sealed class PrometheusRangeReaderTests
{
    [Fact]
    public void Read_RangeQueryAnswer_ReadsEachSeriesAndSkipsUnreadablePoints()
    {
        var answer = PrometheusRangeReader.Read(SvgChartTests.RangeJson);

        Assert.True(answer.Succeeded);
        Assert.Equal(2, answer.Series.Count);
        Assert.Equal("http_requests_total{status=\"500\"}", answer.Series[0].Name);
        Assert.Equal([1, 12.5, 3], answer.Series[0].Samples.Select(p => p.Value));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1739095260), answer.Series[0].Samples[1].Time);
        Assert.Single(answer.Series[1].Samples);
    }

    [Theory]
    [InlineData("""{"status":"success","data":{"resultType":"vector","result":[]}}""")]
    [InlineData("""{"status":"success","data":{"resultType":"matrix","result":[]}}""")]
    public void Read_NoMatrix_SucceedsWithNoSeries(string json)
    {
        var answer = PrometheusRangeReader.Read(json);

        Assert.True(answer.Succeeded);
        Assert.Empty(answer.Series);
    }

    [Theory]
    [InlineData("", "not a Prometheus answer")]
    [InlineData("not json", "not a Prometheus answer")]
    [InlineData("""{"manifest":true}""", "Prometheus answered without data")]
    [InlineData("""{"status":"error","errorType":"bad_data","error":"invalid parameter \"query\""}""", "invalid parameter")]
    public void Read_NotAnAnswer_CarriesTheErrorAndNoSeries(string json, string error)
    {
        var answer = PrometheusRangeReader.Read(json);

        Assert.False(answer.Succeeded);
        Assert.Contains(error, answer.Error);
        Assert.Empty(answer.Series);
    }

    [Fact]
    public async Task ReadAsync_Stream_GivesTheSameAsTheString()
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(SvgChartTests.RangeJson));

        var answer = await PrometheusRangeReader.ReadAsync(stream);

        Assert.Equal(PrometheusRangeReader.Read(SvgChartTests.RangeJson).Series.Select(s => s.Name), answer.Series.Select(s => s.Name));
        Assert.Equal("bad_data", PrometheusRangeReader.Read("""{"status":"error","errorType":"bad_data","error":"x"}""").ErrorType);
    }
}
