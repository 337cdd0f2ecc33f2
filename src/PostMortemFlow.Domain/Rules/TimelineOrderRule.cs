using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Rules;

/// <summary>
/// Timeline rows are in chronological order (compared as instants, so offsets do not matter; equal times are
/// fine). Each place where a row is earlier than the row before it is one finding, on the later row. Rows read from a
/// document that gives a day but no time, or no date, are compared only with rows that say as much as they do.
/// </summary>
public sealed class TimelineOrderRule : IPostMortemRule
{
    public string Id => RuleIds.TimelineOrder;

    public IEnumerable<Finding> Check(LintContext context)
    {
        var timeline = context.PostMortem.Timeline;
        for (var i = 1; i < timeline.Count; i++)
        {
            if (timeline[i].Time >= timeline[i - 1].Time || !Comparable(timeline[i], timeline[i - 1]))
            {
                continue;
            }
            yield return new Finding(
                RuleIds.TimelineOrder,
                FindingSeverity.Error,
                $"Timeline row {i + 1} ({RuleText.Utc(timeline[i].Time)}) is earlier than the row before it " +
                $"({RuleText.Utc(timeline[i - 1].Time)}).",
                "Sort the timeline by time; if the sources disagree, check for clock skew between systems.",
                $"timeline[{i}].time",
                Excerpt: timeline[i].TimeAsWritten);
        }
    }

    private static bool Comparable(TimelineEntry a, TimelineEntry b) =>
        !a.ClockNotStated && !b.ClockNotStated && a.DateNotStated == b.DateNotStated && a.ZoneNotStated == b.ZoneNotStated;
}
