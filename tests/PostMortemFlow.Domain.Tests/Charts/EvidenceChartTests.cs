using System.Xml.Linq;
using PostMortemFlow.Domain.Charts;
using PostMortemFlow.Domain.Evidence;

namespace PostMortemFlow.Domain.Tests.Charts;

public sealed class EvidenceChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly DateTimeOffset Start = new(2025, 2, 9, 10, 5, 0, TimeSpan.Zero);

    /// <summary>0.2/s before the incident, 25/s from its start for ten minutes, then 0.2/s again.</summary>
    private static MetricSeries Errors(string code) => new(
        new Dictionary<string, string> { ["__name__"] = "http_requests_total", ["code"] = code, ["service"] = "api" },
        [.. Enumerable.Range(-20, 40).Select(m => new MetricSample(Start.AddMinutes(m), m is >= 0 and < 10 ? 25 : 0.2 + m % 2 * 0.01))]);

    private static MetricSeries Flat() => new(new Dictionary<string, string> { ["code"] = "200" },
        [.. Enumerable.Range(-20, 40).Select(m => new MetricSample(Start.AddMinutes(m), 3))]);

    [Fact]
    public void SeriesName_WithItsQuery_IsTheQueryAndTheSeriesLabels() =>
        Assert.Equal("rate(http_requests_total{code=\"500\"}[1m]) · code=500, service=api",
            EvidenceChart.SeriesName("rate(http_requests_total{code=\"500\"}[1m])", Errors("500")));

    [Fact]
    public void SeriesName_WithoutAQuery_IsTheMetricAndItsLabels() =>
        Assert.Equal("http_requests_total{code=\"500\",service=\"api\"}", EvidenceChart.SeriesName(null, Errors("500")));

    [Fact]
    public void Of_ASeriesAboveItsBaseline_HasTheDetectorsThresholdLabelled()
    {
        var expected = BaselineDetector.Detect(Errors("500").Samples, Start)!;

        var chart = EvidenceChart.Of("prometheus/api-5xx.json", "sum by (code, service) (rate(http_requests_total[1m]))", [Errors("500")], Start);

        var threshold = Assert.Single(chart.Thresholds);
        Assert.Equal(expected.Threshold, threshold.Value, 9);
        Assert.StartsWith($"baseline threshold {expected.Threshold:0.###}, baseline {expected.Baseline:0.###}", threshold.Label, StringComparison.Ordinal);
        Assert.Equal("sum by (code, service) (rate(http_requests_total[1m])) · code=500, service=api", Assert.Single(chart.Series).Name);
    }

    [Fact]
    public void Of_SeveralSeries_NamesTheOneTheThresholdCameFrom()
    {
        var chart = EvidenceChart.Of("t", "q", [Flat(), Errors("500")], Start);

        Assert.EndsWith("(q · code=500, service=api)", Assert.Single(chart.Thresholds).Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_NoSeriesAboveItsBaseline_DrawsNoThreshold() =>
        Assert.Empty(EvidenceChart.Of("t", "q", [Flat()], Start).Thresholds);

    [Fact]
    public void Svg_NamedSeriesAndThreshold_AreInTheLegendAndOnTheLine()
    {
        var chart = EvidenceChart.Of("prometheus/api-5xx.json", "rate(http_requests_total{code=\"500\"}[1m])", [Errors("500"), Flat()], Start);

        var svg = XElement.Parse(chart.Svg([new ChartMarker(Start, "First symptom")]));

        var legend = svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "legend").Select(t => t.Value).ToList();
        Assert.Equal(
            ["rate(http_requests_total{code=\"500\"}[1m]) · code=500, service=api", "rate(http_requests_total{code=\"500\"}[1m]) · code=200"],
            legend.Take(2));
        // The threshold's legend row, cut to the legend's width (the full label is the line's tooltip).
        Assert.Equal(3, legend.Count);
        Assert.StartsWith("baseline threshold ", legend[2], StringComparison.Ordinal);
        Assert.True(legend[2].Length <= SvgChart.MaxLegendName);
        Assert.DoesNotContain(legend, l => l == "series");
        var line = Assert.Single(svg.Descendants(Svg + "line"), l => (string?)l.Attribute("class") == "threshold");
        Assert.Equal(line.Attribute("y1")!.Value, line.Attribute("y2")!.Value);
        Assert.Contains(svg.Descendants(Svg + "text"), t => (string?)t.Attribute("class") == "threshold" && t.Value.StartsWith("baseline threshold ", StringComparison.Ordinal));
        Assert.Equal(2, svg.Descendants(Svg + "polyline").Count());
    }
}
