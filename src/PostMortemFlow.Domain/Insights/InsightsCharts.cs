using PostMortemFlow.Domain.Charts;
using PostMortemFlow.Domain.Evidence;

namespace PostMortemFlow.Domain.Insights;

/// <summary>The SVG charts of the insights page, drawn from an <see cref="InsightsReport"/> with the shared chart renderers.</summary>
public static class InsightsCharts
{
    private static readonly string[] ResponseSeries = ["detect", "acknowledge", "mitigate", "resolve"];

    /// <summary>Median minutes from impact to each key moment, one line per moment, one point per month.</summary>
    public static string ResponseByMonth(InsightsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var months = report.ByMonth.Select(t => (At: MonthStart(t.Key), t)).ToList();
        MetricSeries Line(string name, Func<DurationTrend, TimeSpan?> pick) => new(
            new Dictionary<string, string> { ["__name__"] = "time to " + name },
            [.. months.Where(m => pick(m.t) is not null).Select(m => new MetricSample(m.At, pick(m.t)!.Value.TotalMinutes))]);
        return SvgChart.Render("Median minutes from impact to detect, acknowledge, mitigate and resolve, per month",
            [Line("detect", t => t.TimeToDetect), Line("acknowledge", t => t.TimeToAcknowledge), Line("mitigate", t => t.TimeToMitigate),
                Line("resolve", t => t.TimeToResolve)], []);
    }

    /// <summary>Median hours from the publishing clock's start to publication, per month.</summary>
    public static string PublishByMonth(InsightsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var line = new MetricSeries(new Dictionary<string, string> { ["__name__"] = "time to publish (hours)" },
            [.. report.ByMonth.Where(t => t.TimeToPublish is not null).Select(t => new MetricSample(MonthStart(t.Key), t.TimeToPublish!.Value.TotalHours))]);
        return SvgChart.Render("Median hours to publish, per month", [line], []);
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

    private static DateTimeOffset MonthStart(string month) =>
        DateTimeOffset.ParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);
}
