using System.Text.RegularExpressions;
using PostMortemFlow.Domain.Reporting.Parsing;

namespace PostMortemFlow.Domain.Reporting.Reading;

/// <summary>
/// A time zone as a document names it ("PST", "Pacific", "UTC+2", "CEST"), resolved to a zone whose offset depends
/// on the date: "PST" in July is read as Pacific daylight time, as its writer meant the clock on the wall.
/// </summary>
internal sealed partial record StatedZone(string Written, TimeZoneInfo Zone)
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["utc"] = "UTC", ["gmt"] = "UTC", ["z"] = "UTC", ["zulu"] = "UTC",
        ["pst8pdt"] = "America/Los_Angeles", ["est5edt"] = "America/New_York", ["cst6cdt"] = "America/Chicago", ["mst7mdt"] = "America/Denver",
        ["pst"] = "America/Los_Angeles", ["pdt"] = "America/Los_Angeles", ["pt"] = "America/Los_Angeles",
        ["pacific"] = "America/Los_Angeles",
        ["est"] = "America/New_York", ["edt"] = "America/New_York", ["et"] = "America/New_York", ["eastern"] = "America/New_York",
        ["cst"] = "America/Chicago", ["cdt"] = "America/Chicago", ["ct"] = "America/Chicago", ["central"] = "America/Chicago",
        ["mst"] = "America/Denver", ["mdt"] = "America/Denver", ["mt"] = "America/Denver", ["mountain"] = "America/Denver",
        ["cet"] = "Europe/Berlin", ["cest"] = "Europe/Berlin",
        ["bst"] = "Europe/London", ["ist"] = "Asia/Kolkata", ["jst"] = "Asia/Tokyo",
        ["aest"] = "Australia/Sydney", ["aedt"] = "Australia/Sydney",
        ["eet"] = "Europe/Athens", ["eest"] = "Europe/Athens", ["wet"] = "Europe/Lisbon", ["west"] = "Europe/Lisbon",
        ["gst"] = "Asia/Dubai", ["hkt"] = "Asia/Hong_Kong", ["sgt"] = "Asia/Singapore", ["kst"] = "Asia/Seoul",
        ["nzst"] = "Pacific/Auckland", ["nzdt"] = "Pacific/Auckland", ["msk"] = "Europe/Moscow",
    };

    public bool IsUtc => Zone.Id == "UTC" || (Zone.BaseUtcOffset == TimeSpan.Zero && !Zone.SupportsDaylightSavingTime);

    /// <summary>The zone a word names: "PDT", "utc", "UTC+2", "+01:00"; null for anything else.</summary>
    public static StatedZone? Named(string word)
    {
        var text = word.Trim().Trim('(', ')', '*', '_', ',', '.').Trim();
        if (Offset().Match(text) is { Success: true } offset)
        {
            var hours = int.Parse(offset.Groups["h"].Value, ReportFormat.Invariant);
            var minutes = offset.Groups["m"].Success ? int.Parse(offset.Groups["m"].Value, ReportFormat.Invariant) : 0;
            var span = new TimeSpan(hours, minutes, 0) * (offset.Groups["sign"].Value == "-" ? -1 : 1);
            return span == TimeSpan.Zero
                ? new StatedZone(text, TimeZoneInfo.Utc)
                : new StatedZone(text, TimeZoneInfo.CreateCustomTimeZone(text, span, text, text));
        }
        if (!Names.TryGetValue(text, out var id))
        {
            return null;
        }
        return new StatedZone(text, id == "UTC" ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(id));
    }

    /// <summary>The zone a sentence declares for a whole timeline: "All times in PST", "(*all times UTC*)", "Time (PT)".</summary>
    public static StatedZone? Declared(string text)
    {
        // "documented in [UTC](https://…) time": the link's words are what the sentence says.
        var m = Declaration().Match(Link().Replace(text, "${words}"));
        if (!m.Success)
        {
            return null;
        }
        // "All times in PDT (UTC-7)": the offset written next to the name is what the author applied.
        return (m.Groups["offset"].Success ? Named(m.Groups["offset"].Value) : null) ?? Named(m.Groups["zone"].Value);
    }

    /// <summary>A zone word anywhere in a short text such as a column header: "Time (UTC)", "PST".</summary>
    public static StatedZone? In(string text)
    {
        foreach (Match m in Word().Matches(text))
        {
            if (Named(m.Value) is { } zone)
            {
                return zone;
            }
        }
        return null;
    }

    /// <summary>The instant a wall-clock time in this zone stands for.</summary>
    public DateTimeOffset ToUtc(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(unspecified, Zone), TimeSpan.Zero);
    }

    /// <summary>A zone name or UTC offset as a regular expression.</summary>
    public const string ZoneWord =
        @"(?:UTC|GMT)(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?|Z|Zulu|[PMCE]ST\d[PMCE]DT|[PMCE][SD]?T|CES?T|EES?T|WES?T|BST|IST|JST|GST|HKT|SGT|KST|MSK|AE[SD]T|NZ[SD]T|Pacific|Eastern|Central|Mountain";

    [GeneratedRegex(@"^(?:UTC|GMT)?\s?(?<sign>[+-])\s?(?<h>\d{1,2})(?::?(?<m>\d{2}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Offset();

    // "All times in PST", and "All events are documented in UTC time" as some timelines open.
    [GeneratedRegex(@"(?:\btimes?\b|\b(?:all|every)\s+(?:events?|entries|timestamps?|rows)\b)(?:\s+[\w-]+){0,4}?[\s(/]+(?<zone>" + ZoneWord + @")(?![A-Za-z])(?:[\s,]*\(?(?<offset>(?:UTC|GMT)\s?[+-]\s?\d{1,2}(?::?\d{2})?)\)?)?", RegexOptions.IgnoreCase)]
    private static partial Regex Declaration();

    [GeneratedRegex(@"\[(?<words>[^\]\n]{1,40})\]\([^)\s]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(?<![A-Za-z])(?:" + ZoneWord + @")(?![A-Za-z])")]
    private static partial Regex Word();
}
