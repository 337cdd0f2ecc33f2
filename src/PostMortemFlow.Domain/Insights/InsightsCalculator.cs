using System.Globalization;

namespace PostMortemFlow.Domain.Insights;

/// <summary>Computes the <see cref="InsightsReport"/> from the facts of every post-mortem. Pure: the time comes in.</summary>
public static class InsightsCalculator
{
    /// <summary>The weekly action-item view shows at most this many weeks, the latest ones.</summary>
    public const int MaxWeeks = 52;

    public const string NoService = "(no service)";

    public static InsightsReport Compute(IReadOnlyList<PostMortemFacts> postMortems, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(postMortems);
        var counted = postMortems.Where(p => !p.IsCancelled).ToList();
        return new InsightsReport(
            now,
            counted.Count,
            counted.Count(p => p.IsNearMiss),
            [.. counted.Where(p => !p.DateNotStated).GroupBy(p => Month(p.StartedAt)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Trend(g.Key, [.. g]))],
            [.. counted.SelectMany(p => (p.Services.Count == 0 ? [NoService] : p.Services.Distinct(StringComparer.Ordinal)).Select(s => (Service: s, p)))
                .GroupBy(x => x.Service, StringComparer.Ordinal)
                .Select(g => Trend(g.Key, [.. g.Select(x => x.p)]))
                .OrderByDescending(t => t.PostMortems).ThenBy(t => t.Key, StringComparer.Ordinal)],
            [.. counted.Where(p => !p.SeverityNotStated).GroupBy(p => p.Severity).OrderBy(g => g.Key).Select(g => Trend(g.Key.ToString(), [.. g]))],
            Weeks(counted, now),
            Publishing(counted, now),
            RecurringFactors.Rank(counted));
    }

    public static string Month(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static DateOnly WeekOf(DateTimeOffset time)
    {
        var day = DateOnly.FromDateTime(time.UtcDateTime);
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }

    private static DurationTrend Trend(string key, List<PostMortemFacts> group) => new(
        key,
        group.Count,
        group.Count(p => p.IsNearMiss),
        Median(group.Select(p => p.TimeToDetect)),
        Median(group.Select(p => p.TimeToAcknowledge)),
        Median(group.Select(p => p.TimeToMitigate)),
        Median(group.Select(p => p.TimeToResolve)),
        Median(group.Select(p => p.TimeToPublish)));

    public static TimeSpan? Median(IEnumerable<TimeSpan?> values)
    {
        var known = values.OfType<TimeSpan>().Order().ToList();
        if (known.Count == 0)
        {
            return null;
        }
        var middle = known.Count / 2;
        return known.Count % 2 == 1 ? known[middle] : known[middle - 1] + (known[middle] - known[middle - 1]) / 2;
    }

    private static List<ActionItemWeek> Weeks(List<PostMortemFacts> postMortems, DateTimeOffset now)
    {
        var items = postMortems.SelectMany(p => p.ActionItems).Where(i => i.OpenedAt is not null).ToList();
        if (items.Count == 0)
        {
            return [];
        }
        var opened = items.GroupBy(i => WeekOf(i.OpenedAt!.Value)).ToDictionary(g => g.Key, g => g.Count());
        var closed = items.Where(i => i.ClosedAt is not null).GroupBy(i => WeekOf(i.ClosedAt!.Value)).ToDictionary(g => g.Key, g => g.Count());
        var first = opened.Keys.Concat(closed.Keys).Min();
        var last = new[] { WeekOf(now), opened.Keys.Concat(closed.Keys).Max() }.Max();
        var weeks = new List<ActionItemWeek>();
        var open = 0;
        for (var week = first; week <= last; week = week.AddDays(7))
        {
            var o = opened.GetValueOrDefault(week);
            var c = closed.GetValueOrDefault(week);
            open += o - c;
            weeks.Add(new ActionItemWeek(week, o, c, open));
        }
        return weeks.Count > MaxWeeks ? weeks[^MaxWeeks..] : weeks;
    }

    private static PublishingShare Publishing(List<PostMortemFacts> postMortems, DateTimeOffset now)
    {
        var known = postMortems.Where(p => !p.IsHistorical && (p.PublishedAt is not null || now - p.PublishClockStart > PublishingShare.Deadline)).ToList();
        bool OnTime(PostMortemFacts p) => p.TimeToPublish is { } t && t <= PublishingShare.Deadline;
        return new PublishingShare(known.Count, known.Count(OnTime), known.Count(p => p.IsNearMiss), known.Count(p => p.IsNearMiss && OnTime(p)));
    }
}
