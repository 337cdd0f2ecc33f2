using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Evidence;

/// <summary>
/// Merges one source's draft rows into the timeline: exact repeats are dropped, the same event seen by two sources
/// becomes one row (the earliest), and when their times differ by more than the skew tolerance the merge records a
/// clock-skew note. The note is a data gap, because that is what reviewers already read before approving a timeline.
/// </summary>
public static class DraftTimeline
{
    public const string SkewSuffix = ":clock-skew";

    public static DraftTimelineMerge Merge(ImmutableList<TimelineEntry> timeline, IEnumerable<TimelineEntry> added, DraftTimelineSettings? settings = null)
    {
        settings ??= DraftTimelineSettings.Default;
        var result = timeline.ToBuilder();
        var notes = ImmutableList.CreateBuilder<DataGap>();
        foreach (var entry in added.OrderBy(e => e.Time))
        {
            if (result.Any(t => t.Time == entry.Time && t.Event == entry.Event && t.Source == entry.Source))
            {
                continue;
            }
            var key = KeyOf(entry);
            var match = key is null ? null : result
                .Where(t => t.Source != entry.Source && KeyOf(t) == key && (t.Time - entry.Time).Duration() <= settings.MatchWindow)
                .OrderBy(t => (t.Time - entry.Time).Duration())
                .FirstOrDefault();
            if (match is null)
            {
                result.Add(entry);
                continue;
            }
            var apart = (match.Time - entry.Time).Duration();
            if (apart > settings.SkewTolerance)
            {
                var (early, late) = match.Time <= entry.Time ? (match, entry) : (entry, match);
                notes.Add(new DataGap
                {
                    Source = entry.Source + SkewSuffix,
                    From = early.Time,
                    To = late.Time,
                    Reason = $"clock skew: \"{entry.Event}\" is at {early.Time.UtcDateTime:HH:mm:ss}Z in {early.Source} and " +
                             $"{late.Time.UtcDateTime:HH:mm:ss}Z in {late.Source} ({apart.TotalSeconds:0} s apart, tolerance {settings.SkewTolerance.TotalSeconds:0} s)",
                });
            }
            if (entry.Time < match.Time)
            {
                result.Remove(match);
                result.Add(entry);
            }
        }
        result.Sort((x, y) => x.Time.CompareTo(y.Time));
        return new DraftTimelineMerge(result.ToImmutable(), notes.ToImmutable());
    }

    /// <summary>Key moments match on kind and text; plain events only on exact text.</summary>
    private static string? KeyOf(TimelineEntry entry) =>
        string.IsNullOrWhiteSpace(entry.Event) ? null : $"{(int)entry.Kind}|{entry.Event.Trim().ToUpperInvariant()}";
}
