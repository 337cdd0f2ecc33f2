using System.Globalization;
using System.Text.RegularExpressions;

namespace PostMortemFlow.Domain.Reporting.Reading;

/// <summary>
/// The time that starts a timeline row as people write it, with what comes after it: "10:05 UTC — …",
/// "2:54 PM PST: …", "**14:51** …", "[03-26 02:50] …", "2019-03-26T02:50Z …", "10.42: …", "Jan 23 10:05 …",
/// "Feb 7 1506 UTC: …".
/// </summary>
internal sealed partial record WrittenClock(DateOnly? Date, TimeSpan Clock, StatedZone? Zone, string Written, string Rest)
{
    /// <summary>A row's leading time; <paramref name="year"/> completes dates written without one.</summary>
    public static WrittenClock? AtStart(string text, int? year, bool dayFirst = false)
    {
        var clean = Decoration().Replace(text.Trim(), "");
        DateOnly? date = null;
        var dateMatch = LeadingDate().Match(clean);
        if (dateMatch.Success)
        {
            // "Jan 14, 10:18 AM" in a document that states no year: the time is still read; the day stays not stated.
            date = WrittenDate.TryFind(dateMatch.Value, year, out var d, dayFirst) ? d : null;
            clean = Decoration().Replace(clean[dateMatch.Length..], "");
        }
        var m = ClockText().Match(clean);
        if (!m.Success && date is not null && YearIn().IsMatch(dateMatch.Value))
        {
            // "2024-04-01 0251: …": after a date with its year, four digits and a separator are a 24-hour time (alone, or
            // after "Jan 14", they may be the year).
            m = MilitaryAfterDate().Match(clean);
        }
        if (!m.Success || (m.Groups["dot"].Success && date is null && !DottedEnd().IsMatch(clean[m.Length..])))
        {
            return null;
        }
        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        // "2pm": an hour alone, with its half of the day.
        var minute = m.Groups["min"].Success ? int.Parse(m.Groups["min"].Value, CultureInfo.InvariantCulture) : 0;
        var second = m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        var half = m.Groups["ampm"].Value.Replace(".", "", StringComparison.Ordinal).ToLowerInvariant();
        if (half.Length > 0 && hour is >= 1 and <= 12)
        {
            // "13:55 PM" is a 24-hour time with a stray suffix: only 1–12 take AM/PM.
            hour = hour % 12 + (half.StartsWith('p') ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }
        var zone = m.Groups["zone"].Success ? StatedZone.Named(m.Groups["zone"].Value) : null;
        var rest = clean[m.Length..];
        if (date is null && TrailingDate().Match(rest) is { Success: true } after && WrittenDate.TryFind(after.Value, year, out var afterDate, dayFirst))
        {
            // "12:45 PM PST Saturday Oct 30th: …": the day after the time.
            date = afterDate;
            rest = rest[after.Length..];
        }
        rest = Separator().Replace(rest, "");
        var written = (dateMatch.Success ? dateMatch.Value.Trim() + " " : "") + m.Value.Trim().TrimEnd(':', '-', '–', '—', '*', '_', '`', ']', ')').Trim();
        return new WrittenClock(date, new TimeSpan(hour, minute, second), zone, written, rest.Trim());
    }

    /// <summary>Whether the time was written with AM or PM, so it cannot be the other half of the day.</summary>
    public bool HalfOfDayWritten => HalfOfDay().IsMatch(Written);

    /// <summary>"1:52" written without a leading zero: on a twelve-hour clock it may be after noon.</summary>
    public bool MayBeAfternoon => !HalfOfDayWritten && Clock.Hours is >= 1 and <= 11 && !Written.TrimStart('*', '_', '`', '[', '(', '~', ' ').StartsWith('0')
        && !LeadingDate().IsMatch(Written);

    [GeneratedRegex(@"\d\s?[ap]\.?m\b", RegexOptions.IgnoreCase)]
    private static partial Regex HalfOfDay();

    // Emphasis, brackets, backticks and "~" / "approx." around the time.
    [GeneratedRegex(@"^(?:\*\*|__|\*|_|`|\[|\(|~\s?|≈\s?|approx(?:\.|imately)?\s|around\s|at\s)+", RegexOptions.IgnoreCase)]
    private static partial Regex Decoration();

    [GeneratedRegex(@"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,?\s+\d{4})?)(?:,?\s*(?:at\s+|[-–—]\s+)?|T)(?=(?:\*\*|__|\*|_|`)?~?\s?(?:\d{1,2}[:.]\d{2}|\d{4}\s?\(?(?-i:" + StatedZone.ZoneWord + @")(?![A-Za-z])|(?:[01]\d|2[0-3])[0-5]\d\s*[:\-–—|]))", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingDate();

    // "1506 UTC": four digits without a colon count only with a zone, in capitals, right after them.
    [GeneratedRegex(@"^(?:(?<h>\d{1,2})(?:(?<colon>:)|(?<dot>\.))(?<min>\d{2})(?::(?<s>\d{2})(?:[.,]\d+)?)?|(?<h>[01]\d|2[0-3])(?<min>[0-5]\d)(?=\s?\(?(?-i:" + StatedZone.ZoneWord + @")(?![A-Za-z]))|(?<h>1[0-2]|0?[1-9])(?=\s?[ap]\.?m\.?(?![a-z])))(?:\s*(?<ampm>[ap]\.?m\.?)(?![a-z]))?(?:\s*(?:[-–—]|to)\s*\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?(?:\s*\(?\s*(?<zone>[+-]\d{2}:?\d{2}|" + StatedZone.ZoneWord + @")(?![A-Za-z])\s*\)?)?"
        // "23:15 UTC / 16:15 PDT": the same moment on a second clock, dropped.
        + @"(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[-–—]\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:" + StatedZone.ZoneWord + @")(?![A-Za-z]))?"
        // "21:30 (18:30 ART)": the local clock of another office, in brackets, dropped too.
        + @"(?:\s*\(\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?\s*)?(?-i:[A-Z]{2,5})\))?(?:\*\*|__|\*|_|`|\]|\))*", RegexOptions.IgnoreCase)]
    private static partial Regex ClockText();

    [GeneratedRegex(@"^(?<h>[01]\d|2[0-3])(?<min>[0-5]\d)(?=\s*[:\-–—|])")]
    private static partial Regex MilitaryAfterDate();

    [GeneratedRegex(@"\d{4}")]
    private static partial Regex YearIn();

    // A dotted time ("10.42") only counts when a separator follows, so "1.5 GB" or "2.30 was released" is not a time.
    [GeneratedRegex(@"^\s*(?:[:\-–—|]|\*\*|\s+[A-Z])")]
    private static partial Regex DottedEnd();

    [GeneratedRegex(@"^\s*(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingDate();

    [GeneratedRegex(@"^\s*(?:[:\-–—|>]+\s*)?")]
    private static partial Regex Separator();
}
