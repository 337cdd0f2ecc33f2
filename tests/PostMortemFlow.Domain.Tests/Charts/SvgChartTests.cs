using System.Xml.Linq;
using PostMortemFlow.Domain.Charts;
using PostMortemFlow.Domain.Evidence;

namespace PostMortemFlow.Domain.Tests.Charts;

public sealed class SvgChartTests
{
    internal const string RangeJson = """
        {"status":"success","data":{"resultType":"matrix","result":[
          {"metric":{"__name__":"http_requests_total","status":"500"},"values":[[1739095200,"1"],[1739095260,"12.5"],[1739095320,"3"]]},
          {"metric":{"status":"<script>"},"values":[[1739095200,"NaN"],[1739095260,"oops"],[1739095320,"2"]]}]}}
        """;

    [Fact]
    public void Render_SeriesAndKeyMoments_IsWellFormedSvgWithALineEachAndEncodedLabels()
    {
        var series = PrometheusRangeReader.Read(RangeJson).Series;
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

    [Fact]
    public void Render_ThresholdAboveEverySample_IsStillInsideThePlot()
    {
        var series = new[] { new ChartSeries("q · service=api", [new(DateTimeOffset.FromUnixTimeSeconds(0), 1), new(DateTimeOffset.FromUnixTimeSeconds(60), 2)]) };

        var svg = XElement.Parse(SvgChart.Render("t", series, [], [new ChartThreshold(10, "baseline threshold 10 & <more>")]));

        XNamespace ns = "http://www.w3.org/2000/svg";
        var line = svg.Descendants(ns + "line").Single(l => (string?)l.Attribute("class") == "threshold");
        var y = double.Parse(line.Attribute("y1")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(y, 40, 198);
        Assert.Equal("baseline threshold 10 & <more>", line.Element(ns + "title")!.Value);
        Assert.Contains(svg.Descendants(ns + "text"), t => (string?)t.Attribute("class") == "legend" && t.Value == "q · service=api");
    }

    [Fact]
    public void Render_ManySeries_GrowsOneLegendRowEach()
    {
        var samples = new MetricSample[] { new(DateTimeOffset.FromUnixTimeSeconds(0), 1), new(DateTimeOffset.FromUnixTimeSeconds(60), 2) };
        var one = XElement.Parse(SvgChart.Render("t", [new ChartSeries("a", samples)], [], []));
        var four = XElement.Parse(SvgChart.Render("t", [.. "abcd".Select(c => new ChartSeries(c.ToString(), samples))], [], []));

        static double Height(XElement svg) => double.Parse(svg.Attribute("viewBox")!.Value.Split(' ')[3], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Height(one) + 3 * 14, Height(four));
    }
}
