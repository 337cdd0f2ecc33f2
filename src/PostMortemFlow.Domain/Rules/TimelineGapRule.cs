namespace PostMortemFlow.Domain.Rules;

/// <summary>
/// Warns when, during the impact, no timeline row covers a stretch longer than
/// <see cref="LintOptions.MaxTimelineGap"/>. The impact runs from the incident's start to its end; with no end
/// known, from the first to the last row. Rows are taken in time order, so a misordered row (reported by
/// <c>timeline-order</c>) does not invent a gap. An empty timeline is left to <c>timeline-missing-moment</c>.
/// The finding sits on the row after the gap, or on "timeline" when the gap runs to the end of the impact.
/// </summary>
public sealed class TimelineGapRule : IPostMortemRule
{
    public string Id => RuleIds.TimelineGap;

    public IEnumerable<Finding> Check(LintContext context)
    {
        var postMortem = context.PostMortem;
        if (postMortem.Timeline.Count == 0)
        {
            yield break;
        }
        var rows = postMortem.Timeline
            .Select((entry, index) => (entry.Time, Index: index))
            .OrderBy(r => r.Time)
            .ToList();
        var (start, end) = postMortem.Incident.EndedAt is { } endedAt
            ? (postMortem.Incident.StartedAt, endedAt)
            : (rows[0].Time, rows[^1].Time);

        var previous = start;
        foreach (var row in rows.Where(r => r.Time > start && r.Time <= end))
        {
            if (row.Time - previous > context.Options.MaxTimelineGap)
            {
                yield return Gap(previous, row.Time, context.Options.MaxTimelineGap, $"timeline[{row.Index}]");
            }
            previous = row.Time;
        }
        if (end - previous > context.Options.MaxTimelineGap)
        {
            yield return Gap(previous, end, context.Options.MaxTimelineGap, "timeline");
        }
    }

    private static Finding Gap(DateTimeOffset from, DateTimeOffset to, TimeSpan max, string field) =>
        new(RuleIds.TimelineGap,
            FindingSeverity.Warning,
            $"No timeline row for {RuleText.Duration(to - from)} during the impact, from {RuleText.Utc(from)} " +
            $"to {RuleText.Utc(to)} (more than {RuleText.Duration(max)}).",
            "Fill the gap from the logs, metrics, alerts and chat of that interval; if a source has no data for it, " +
            "record a data gap instead.",
            field);
}
