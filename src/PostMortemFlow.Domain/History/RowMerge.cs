using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.History;

/// <summary>
/// A person's timeline edit, made on an older version, applied on top of rows the workflow added or changed since:
/// the rows the person removed or changed go, the rows they added come in after the row they followed (or in time
/// order, when both sides are in time order). Null when
/// the same row changed on both sides, which a person has to look at.
/// </summary>
public static class RowMerge
{
    public static ImmutableList<TimelineEntry>? Merge(IReadOnlyList<TimelineEntry> seen, IReadOnlyList<TimelineEntry> mine, IReadOnlyList<TimelineEntry> current)
    {
        var kept = CommonRun.Of(seen, mine);
        var keptSeen = kept.Select(k => k.Older).ToHashSet();
        var keptMine = kept.Select(k => k.Newer).ToHashSet();
        var merged = current.ToList();
        foreach (var gone in Enumerable.Range(0, seen.Count).Where(i => !keptSeen.Contains(i)).Select(i => seen[i]))
        {
            var at = merged.IndexOf(gone);
            if (at < 0)
            {
                return null;
            }
            merged.RemoveAt(at);
        }
        var position = 0;
        for (var i = 0; i < mine.Count; i++)
        {
            if (keptMine.Contains(i))
            {
                var at = merged.IndexOf(mine[i], position) is >= 0 and var after ? after : merged.IndexOf(mine[i]);
                position = at >= 0 ? at + 1 : position;
            }
            else
            {
                merged.Insert(position++, mine[i]);
            }
        }
        // Rows a person re-timed or others changed have no place to follow; when both sides keep time order, so does the merge.
        return InTimeOrder(mine) && InTimeOrder(current) ? [.. merged.OrderBy(r => r.Time)] : [.. merged];
    }

    private static bool InTimeOrder(IReadOnlyList<TimelineEntry> rows) => rows.Zip(rows.Skip(1)).All(pair => pair.First.Time <= pair.Second.Time);
}
