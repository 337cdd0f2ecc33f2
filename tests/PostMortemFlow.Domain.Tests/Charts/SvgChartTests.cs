using System.Xml.Linq;
using PostMortemFlow.Domain.Charts;

namespace PostMortemFlow.Domain.Tests.Charts;

public sealed class SvgChartTests
{
    private const string RangeJson = """
        {"status":"success","data":{"resultType":"matrix","result":[
          {"metric":{"__name__":"http_requests_total","status":"500"},"values":[[1739095200,"1"],[1739095260,"12.5"],[1739095320,"3"]]},
          {"metric":{"status":"<script>"},"values":[[1739095200,"NaN"],[1739095260,"oops"],[1739095320,"2"]]}]}}
        """;

    [Fact]
    public void Parse_RangeQueryAnswer_ReadsEachSeriesAndSkipsUnreadablePoints()
    {
        var series = PrometheusRangeResult.Parse(RangeJson);

        Assert.Equal(2, series.Count);
        Assert.Equal("http_requests_total{status=\"500\"}", series[0].Name);
        Assert.Equal([1, 12.5, 3], series[0].Points.Select(p => p.Value));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1739095260), series[0].Points[1].Time);
        Assert.Single(series[1].Points);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"status":"success","data":{"resultType":"vector","result":[]}}""")]
    [InlineData("""{"manifest":true}""")]
    public void Parse_AnythingElse_YieldsNoSeries(string json) => Assert.Empty(PrometheusRangeResult.Parse(json));

    [Fact]
    public void Render_SeriesAndKeyMoments_IsWellFormedSvgWithALineEachAndEncodedLabels()
    {
        var series = PrometheusRangeResult.Parse(RangeJson);
        var markers = new[] { new ChartMarker(DateTimeOffset.FromUnixTimeSeconds(1739095260), "Detected <b>"), new ChartMarker(DateTimeOffset.FromUnixTimeSeconds(1), "Outside") };

        var svg = XElement.Parse(SvgChart.Render("errors & <title>", series, markers));

        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(2, svg.Descendants(ns + "polyline").Count());
        var marker = Assert.Single(svg.Descendants(ns + "g"));
        Assert.Equal("Detected <b>", marker.Element(ns + "text")!.Value);
        Assert.Empty(svg.Descendants(ns + "script"));
        Assert.Equal("errors & <title>", svg.Element(ns + "title")!.Value);
    }

    [Fact]
    public void Render_NoPoints_SaysSo() =>
        Assert.Contains("No data points", SvgChart.Render("empty", [], []), StringComparison.Ordinal);
}
