using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Metrics;

/// <summary>Durations from the start of impact to each key moment; null where the moment is not on the timeline.</summary>
public sealed record IncidentMetrics(
    DateTimeOffset ImpactStart,
    TimeSpan? TimeToDetect,
    TimeSpan? TimeToAcknowledge,
    TimeSpan? TimeToMitigate,
    TimeSpan? TimeToResolve,
    TimeSpan? Duration)
{
    public static IncidentMetrics From(PostMortem postMortem)
    {
        var timeline = postMortem.Timeline;
        var start = First(timeline, TimelineEntryKind.FirstSymptom) ?? postMortem.Incident.StartedAt;
        var resolved = First(timeline, TimelineEntryKind.Resolved);
        var end = postMortem.Incident.EndedAt ?? resolved;

        return new IncidentMetrics(
            start,
            Since(start, First(timeline, TimelineEntryKind.Detected)),
            Since(start, First(timeline, TimelineEntryKind.Acknowledged)),
            Since(start, First(timeline, TimelineEntryKind.Mitigated)),
            Since(start, resolved),
            Since(postMortem.Incident.StartedAt, end));
    }

    private static DateTimeOffset? First(ImmutableList<TimelineEntry> timeline, TimelineEntryKind kind) =>
        timeline.Where(e => e.Kind == kind).Select(e => (DateTimeOffset?)e.Time).Min();

    private static TimeSpan? Since(DateTimeOffset start, DateTimeOffset? moment) =>
        moment is { } m ? m - start : null;
}
