using PostMortemFlow.Domain.Insights;
using PostMortemFlow.Domain.Model;
using static PostMortemFlow.Domain.Tests.Insights.Facts;

namespace PostMortemFlow.Domain.Tests.Insights;

public sealed class InsightsCsvTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 20, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Render_Report_OneRowPerFigureInLongForm()
    {
        var rows = new[]
        {
            Pm("pm-1", (FactorCategory.Monitoring, "No alert on disk usage of the database hosts.")) with
            {
                TimeToDetect = Min(12), PublishedAt = March.AddHours(25),
                ActionItems = [new ActionItemFact("AI-001", ActionItemStatus.Open, March.AddHours(25), null, FactorCategory.Monitoring)],
            },
            Pm("pm-2", (FactorCategory.Monitoring, "The database hosts had no alert on disk usage.")) with { IsNearMiss = true, TimeToDetect = Min(30) },
        };

        var lines = InsightsCsv.Render(InsightsCalculator.Compute(rows, Now)).Split("\r\n");

        Assert.Equal(InsightsCsv.Header, lines[0]);
        Assert.Contains("total,all,post_mortems,2", lines);
        Assert.Contains("total,all,near_misses,1", lines);
        Assert.Contains("month,2026-03,time_to_detect_minutes,21", lines);
        Assert.Contains("month,2026-03,time_to_publish_minutes,1440", lines);
        Assert.Contains("month,2026-03,time_to_mitigate_minutes,", lines);
        Assert.Contains("service,api,near_misses,1", lines);
        Assert.Contains("severity,Sev2,post_mortems,2", lines);
        Assert.Contains("action_items_week,2026-03-02,opened,1", lines);
        Assert.Contains("published_within_48h,all,share,0.5", lines);
        Assert.Contains("recurring_factor,Monitoring: No alert on disk usage of the database hosts.,found_in,pm-1 pm-2", lines);
        Assert.Contains("recurring_factor,Monitoring: No alert on disk usage of the database hosts.,open_action_items,1", lines);
        Assert.All(lines.Where(l => l.Length > 0), l => Assert.Equal(4, l.Split(',').Length));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("@SUM", "'@SUM")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    public void Cell_Text_IsQuotedAndNeverAFormula(string value, string cell)
    {
        Assert.Equal(cell, InsightsCsv.Cell(value));
    }
}
