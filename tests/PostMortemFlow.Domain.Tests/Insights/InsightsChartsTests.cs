using System.Xml.Linq;
using PostMortemFlow.Domain.Charts;
using PostMortemFlow.Domain.Insights;
using PostMortemFlow.Domain.Model;
using static PostMortemFlow.Domain.Tests.Insights.Facts;

namespace PostMortemFlow.Domain.Tests.Insights;

public sealed class InsightsChartsTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static InsightsReport Report() => InsightsCalculator.Compute(
    [
        Pm("a") with { TimeToDetect = Min(5), TimeToResolve = Min(50), PublishedAt = March.AddHours(30), Services = ["<api>"] },
        Pm("b") with { StartedAt = March.AddDays(31), TimeToDetect = Min(7), TimeToResolve = Min(70), Severity = Severity.Sev1,
            ActionItems = [new ActionItemFact("AI-001", ActionItemStatus.Open, March.AddDays(32), null)], PublishedAt = March.AddDays(32) },
    ], March.AddDays(40));

    [Fact]
    public void ResponseByMonth_TwoMonths_DrawsABarPerMomentWithData_InAGroupPerMonth()
    {
        var svg = XElement.Parse(InsightsCharts.ResponseByMonth(Report()));

        Assert.Equal(["2026-03 · time to detect: 5 minutes", "2026-03 · time to resolve: 50 minutes", "2026-04 · time to detect: 7 minutes", "2026-04 · time to resolve: 70 minutes"],
            svg.Descendants(Svg + "rect").Select(r => r.Element(Svg + "title")?.Value).OfType<string>());
    }

    [Fact]
    public void ResponseBy_Services_DrawsABarPerKnownValue_WithEncodedLabels()
    {
        var report = Report();
        var svg = XElement.Parse(InsightsCharts.ResponseBy("Per service", report.ByService));

        Assert.Equal(4, svg.Descendants(Svg + "rect").Count(r => r.Element(Svg + "title") is not null));
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "<api>");
        Assert.DoesNotContain("<api>", InsightsCharts.ResponseBy("Per service", report.ByService), StringComparison.Ordinal);
    }

    [Fact]
    public void ActionItemsByWeek_AndPublishByMonth_AreWellFormed()
    {
        var report = Report();

        Assert.Equal(3, XElement.Parse(InsightsCharts.ActionItemsByWeek(report)).Descendants(Svg + "polyline").Count());
        Assert.Equal(2, XElement.Parse(InsightsCharts.PublishByMonth(report)).Descendants(Svg + "rect").Count(r => r.Element(Svg + "title") is not null));
    }

    [Fact]
    public void BarChart_NoValues_SaysSo()
    {
        var svg = XElement.Parse(SvgBarChart.Render("Empty", "minutes", ["a"], [new BarGroup("x", [null])]));

        Assert.Equal("No data points", svg.Element(Svg + "text")!.Value);
    }
}
