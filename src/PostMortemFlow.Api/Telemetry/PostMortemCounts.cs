using PostMortemFlow.Application.PostMortems;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Api.Telemetry;

/// <summary>
/// What the gauges report, counted from the list at one moment: post-mortems by phase, those past the publish deadline
/// and not published, and the open and overdue action items by priority (cancelled post-mortems' items left out).
/// Every phase and priority is present, with 0 when none, so each series exists from the first scrape.
/// </summary>
public sealed record PostMortemCounts(
    IReadOnlyDictionary<Phase, long> ByPhase,
    long Overdue,
    IReadOnlyDictionary<string, long> OpenItemsByPriority,
    IReadOnlyDictionary<string, long> OverdueItemsByPriority)
{
    /// <summary>The label of an action item without a priority.</summary>
    public const string NoPriority = "Unset";

    private static readonly Phase[] Phases = [.. Enum.GetValues<Phase>().Where(p => p != Phase.None)];
    private static readonly Phase[] Unpublished = [Phase.Collecting, Phase.TimelineReview, Phase.AnalysisReview, Phase.Approval, Phase.Publishing];
    private static readonly string[] Priorities = [.. Enum.GetNames<ActionPriority>(), NoPriority];

    public static PostMortemCounts Empty { get; } = Of([], DateTimeOffset.MinValue, TimeSpan.MaxValue);

    public static PostMortemCounts Of(IEnumerable<PostMortemSummary> rows, DateTimeOffset now, TimeSpan publishDeadline)
    {
        var byPhase = Phases.ToDictionary(p => p, _ => 0L);
        var open = Priorities.ToDictionary(p => p, _ => 0L, StringComparer.Ordinal);
        var overdueItems = Priorities.ToDictionary(p => p, _ => 0L, StringComparer.Ordinal);
        var overdue = 0L;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        foreach (var row in rows)
        {
            if (row.Phase == Phase.None)
            {
                continue;
            }
            byPhase[row.Phase]++;
            if (Unpublished.Contains(row.Phase) && now - (row.PublishClockStart ?? row.StartedAt) >= publishDeadline)
            {
                overdue++;
            }
            if (row.Phase == Phase.Cancelled)
            {
                continue;
            }
            foreach (var item in row.OpenActionItems ?? [])
            {
                var priority = item.Priority?.ToString() ?? NoPriority;
                open[priority]++;
                if (item.Deadline < today)
                {
                    overdueItems[priority]++;
                }
            }
        }
        return new PostMortemCounts(byPhase, overdue, open, overdueItems);
    }
}
