using PostMortemFlow.Domain.Charts;
using PostMortemFlow.Domain.Evidence;

namespace PostMortemFlow.Domain.Insights;

/// <summary>The SVG charts of the insights page, drawn from an <see cref="InsightsReport"/> with the shared chart renderers.</summary>
public static class InsightsCharts
{
    private static readonly string[] ResponseSeries = ["detect", "acknowledge", "mitigate", "resolve"];

    /// <summary>Median minutes from impact to each key moment, a bar per moment, a group per month (the latest months).</summary>
    public static string ResponseByMonth(InsightsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ResponseBy("Median minutes from impact to detect, acknowledge, mitigate and resolve, per month",
            [.. report.ByMonth.TakeLast(SvgBarChart.MaxGroups)]);
    }

    /// <summary>Median hours from the publishing clock's start to publication, per month (the latest months).</summary>
    public static string PublishByMonth(InsightsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return SvgBarChart.Render("Median hours to publish, per month", "hours", ["time to publish"],
            [.. report.ByMonth.TakeLast(SvgBarChart.MaxGroups).Select(t => new BarGroup(t.Key, [t.TimeToPublish?.TotalHours]))]);
    }

    /// <summary>Median minutes to each key moment as bars, per service or per severity.</summary>
    public static string ResponseBy(string title, IReadOnlyList<DurationTrend> trends)
    {
        ArgumentNullException.ThrowIfNull(trends);
        return SvgBarChart.Render(title, "minutes", [.. ResponseSeries.Select(s => "time to " + s)],
            [.. trends.Select(t => new BarGroup(t.Key, [Minutes(t.TimeToDetect), Minutes(t.TimeToAcknowledge), Minutes(t.TimeToMitigate), Minutes(t.TimeToResolve)]))]);
    }

    /// <summary>Action items opened and closed per week, and the open backlog at each week's end.</summary>
    public static string ActionItemsByWeek(InsightsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        MetricSeries Line(string name, Func<ActionItemWeek, int> pick) => new(
            new Dictionary<string, string> { ["__name__"] = name },
            [.. report.ActionItemsByWeek.Select(w => new MetricSample(new DateTimeOffset(w.WeekStart.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), pick(w)))]);
        return SvgChart.Render("Action items opened and closed per week, and open at the week's end",
            [Line("opened", w => w.Opened), Line("closed", w => w.Closed), Line("open at end", w => w.OpenAtEnd)], []);
    }

    private static double? Minutes(TimeSpan? value) => value?.TotalMinutes;
}
