using System.Globalization;
using System.Text.RegularExpressions;
using static PostMortemFlow.Domain.Reporting.Parsing.ReportFormat;

namespace PostMortemFlow.Domain.Reporting.Parsing;

/// <summary>Times as people write them in a report's tables and fields.</summary>
internal static partial class WrittenTime
{
    /// <summary>
    /// Lenient: ISO 8601 with or without a zone, or a bare HH:mm[:ss] on the day of <paramref name="previous"/>
    /// (else on <paramref name="date"/>), rolled to the next day when it would go back more than 12 hours. A missing or
    /// unknown zone is read as UTC; the timezone rule flags it.
    /// </summary>
    public static bool TryParse(string text, DateOnly? date, DateTimeOffset? previous, out DateTimeOffset time)
    {
        time = default;
        var clean = text.Trim().Trim('`', '*').Trim();
        var tod = TimeOfDay().Match(clean);
        if (tod.Success)
        {
            var day = previous is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : date;
            if (day is null)
            {
                return false;
            }
            var clock = new TimeSpan(Int(tod.Groups[1]), Int(tod.Groups[2]), Int(tod.Groups[3]));
            if (clock >= TimeSpan.FromDays(1))
            {
                return false;
            }
            var offset = ZoneOffset(tod.Groups[4].Value);
            time = new DateTimeOffset(day.Value.ToDateTime(TimeOnly.MinValue) + clock, offset).ToUniversalTime();
            if (previous is { } prev && prev - time > TimeSpan.FromHours(12))
            {
                time = time.AddDays(1);
            }
            return true;
        }
        var iso = UtcSuffix().Replace(clean, "Z");
        if (DateTimeOffset.TryParse(iso, Invariant, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time))
        {
            return true;
        }
        // An unknown zone name ("10:05 CET" after a date): read the rest as UTC.
        var withoutZone = ZoneName().Replace(clean, "");
        return withoutZone != clean && DateTimeOffset.TryParse(withoutZone, Invariant,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
    }

    /// <summary>Every "H:mm" in the text, as a time of day.</summary>
    public static IReadOnlyList<TimeSpan> Clocks(string text) =>
        ClockTime().Matches(text).Select(m => new TimeSpan(Int(m.Groups[1]), Int(m.Groups[2]), 0)).ToArray();

    public static string WithoutClocks(string text) => ClockTime().Replace(text, "");

    private static int Int(Group group) => group.Success ? int.Parse(group.Value, Invariant) : 0;

    private static TimeSpan ZoneOffset(string zone)
    {
        var z = zone.Trim();
        return z.Length > 1 && (z[0] == '+' || z[0] == '-')
               && TimeSpan.TryParseExact(z[1..], ["hh\\:mm", "hhmm", "hh"], Invariant, out var o)
            ? (z[0] == '-' ? -o : o)
            : TimeSpan.Zero;
    }

    [GeneratedRegex(@"^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(.*)$")]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"(\d{1,2}):(\d{2})")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\s*(UTC|GMT)$", RegexOptions.IgnoreCase)]
    private static partial Regex UtcSuffix();

    [GeneratedRegex(@"\s+[A-Za-z]{2,5}$")]
    private static partial Regex ZoneName();
}
