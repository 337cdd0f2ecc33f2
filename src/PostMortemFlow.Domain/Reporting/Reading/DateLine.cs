using System.Text.RegularExpressions;

namespace PostMortemFlow.Domain.Reporting.Reading;

/// <summary>Lines that only give the day the rows below them happened on: "2019-01-22", "**19th September 2023:**", "## May 12".</summary>
internal static partial class DateLine
{
    /// <summary>The day a line gives, when the line is (almost) nothing but a date.</summary>
    public static bool TryRead(string text, int? year, out DateOnly date, bool dayFirst = false)
    {
        var clean = Markup().Replace(text, " ").Trim();
        if (clean.Length > 40 || !WrittenDate.TryFind(clean, year, out date, out var where, dayFirst))
        {
            date = default;
            return false;
        }
        var rest = Weekday().Replace(clean.Remove(where.Index, where.Length), " ");
        return Words().Matches(rest).Count <= 1 && WrittenClock.AtStart(text.Trim(), year) is null;
    }

    /// <summary>A row that starts with a day but gives no time: "**27-02-2026** – base image switched".</summary>
    public static bool TryReadLeading(string text, int? year, bool dayFirst, out DateOnly date, out string rest)
    {
        var m = LeadingDay().Match(text);
        rest = m.Success ? text[m.Length..].Trim() : "";
        date = default;
        return m.Success && rest.Length > 0 && WrittenDate.TryFind(m.Groups["date"].Value, year, out date, dayFirst);
    }

    /// <summary>A heading that is a timeline row or a day of it, not a section: "08:47", "07:30am - First report", "May 12".</summary>
    public static bool StartsRowOrDay(string text) =>
        WrittenClock.AtStart(text, 2000) is not null || TryRead(text, 2000, out _);

    [GeneratedRegex(@"^[*_`\[\s]*(?<date>\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-/]\d{1,2}[-/]\d{2,4})[*_`\]\s]*(?:[:\-–—|]\s*)")]
    private static partial Regex LeadingDay();

    [GeneratedRegex(@"[*_`#:,()\[\]]+")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:on|the|of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex Words();
}
