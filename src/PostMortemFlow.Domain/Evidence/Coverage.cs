using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Evidence;

/// <summary>Turns the times a source had data for into the parts of the window it does not cover.</summary>
public static class Coverage
{
    /// <summary>The first to the last time inside the window, or null when none is.</summary>
    public static EvidenceWindow? Covered(EvidenceWindow window, IEnumerable<DateTimeOffset> times)
    {
        DateTimeOffset? first = null, last = null;
        foreach (var time in times.Where(window.Contains))
        {
            first = first is null || time < first ? time : first;
            last = last is null || time > last ? time : last;
        }
        return first is null ? null : new EvidenceWindow(first.Value, last!.Value);
    }

    /// <summary>
    /// Gaps at the start, at the end and inside the window longer than <paramref name="maxHole"/> (e.g. a few scrape
    /// intervals); no data at all is one gap over the whole window.
    /// </summary>
    public static ImmutableList<DataGap> Gaps(string source, EvidenceWindow window, IEnumerable<DateTimeOffset> times, TimeSpan maxHole, string reason)
    {
        var gaps = ImmutableList.CreateBuilder<DataGap>();
        var previous = window.From;
        var any = false;
        foreach (var time in times.Where(window.Contains).Order())
        {
            any = true;
            if (time - previous > maxHole)
            {
                gaps.Add(new DataGap { Source = source, From = previous, To = time, Reason = reason });
            }
            previous = time;
        }
        if (!any || window.To - previous > maxHole)
        {
            gaps.Add(new DataGap { Source = source, From = previous, To = window.To, Reason = reason });
        }
        return gaps.ToImmutable();
    }
}
