using System.Globalization;
using System.Text.RegularExpressions;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Reporting.Reading;

/// <summary>
/// The zone of a timeline whose rows give none, taken from the document's own prose only when the prose gives the same
/// clock with a zone: rows "05:13: the monitor alerts" beside "outages … beginning from UTC 05:13". Every zoned clock
/// in the prose must name the same zone, and one of them must be a row's clock; otherwise the zone stays not stated.
/// </summary>
internal static partial class ProseZone
{
    public static StatedZone? Matching(string prose, IReadOnlyList<TimelineEntry> rows)
    {
        var unzoned = rows.Where(r => r.ZoneNotStated && !r.ClockNotStated).Select(r => r.Time.TimeOfDay).ToHashSet();
        if (unzoned.Count == 0)
        {
            return null;
        }
        StatedZone? zone = null;
        var confirmed = false;
        foreach (Match m in ZonedClock().Matches(prose))
        {
            if (StatedZone.Named(m.Groups["zone"].Value) is not { } named || (zone is not null && named.Zone.Id != zone.Zone.Id))
            {
                return null;
            }
            zone ??= named;
            var clock = new TimeSpan(int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), 0);
            confirmed |= unzoned.Contains(clock);
        }
        return confirmed ? zone : null;
    }

    [GeneratedRegex(@"(?<![\d:.])(?:(?<zone>" + StatedZone.ZoneWord + @")\s+(?<h>[01]?\d|2[0-3]):(?<m>[0-5]\d)(?![\d:])|(?<h>[01]?\d|2[0-3]):(?<m>[0-5]\d)(?::\d{2})?\s*\(?(?<zone>" + StatedZone.ZoneWord + @"))(?![A-Za-z])")]
    private static partial Regex ZonedClock();
}
