using System.Globalization;
using System.Text.RegularExpressions;

namespace PostMortemFlow.Domain.Reporting.Reading;

/// <summary>
/// Dates as people write them: "2019-03-26", "2019/03/26", "5-26-21" and "5/26/2021" (month first, unless the first
/// number cannot be a month), "January 23rd, 2019", "23 Jan 2019", "2025-Feb-07", "22/Mar/2022", and, given the year,
/// "Jan 23" or "03-26".
/// </summary>
internal static partial class WrittenDate
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The first date in the text, with where it was found.</summary>
    public static bool TryFind(string text, int? year, out DateOnly date, out Match where, bool dayFirst = false)
    {
        foreach (var pattern in new[] { Iso(), YearMonthNameDay(), DayMonthNameYear(), MonthName(), DayMonthName(), Numeric(), DottedDayFirst() })
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (TryBuild(m, year, dayFirst, out date))
                {
                    where = m;
                    return true;
                }
            }
        }
        if (year is not null)
        {
            foreach (var pattern in new[] { MonthNameNoYear(), DayMonthNameNoYear(), MonthDay() })
            {
                foreach (Match m in pattern.Matches(text))
                {
                    if (TryBuild(m, year, dayFirst, out date))
                    {
                        where = m;
                        return true;
                    }
                }
            }
        }
        date = default;
        where = Match.Empty;
        return false;
    }

    public static bool TryFind(string text, int? year, out DateOnly date, bool dayFirst = false) => TryFind(text, year, out date, out _, dayFirst);

    /// <summary>True when the text writes a numeric date day first ("27-02-2026"), so "06-05-2026" is 6 May there.</summary>
    public static bool WritesDayFirst(string text) =>
        Numeric().Matches(text).Any(m => int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) > 12
                                         && int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) <= 12);

    private static bool TryBuild(Match m, int? defaultYear, bool dayFirst, out DateOnly date)
    {
        date = default;
        var y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : defaultYear ?? 0;
        if (y is < 100 and > 0)
        {
            y += 2000;
        }
        int month;
        if (m.Groups["mon"].Success)
        {
            month = Array.IndexOf(Months, m.Groups["mon"].Value[..3].ToLowerInvariant()) + 1;
        }
        else
        {
            month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        }
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (!m.Groups["mon"].Success && m.Groups["us"].Success && (dayFirst || month > 12) && day <= 12)
        {
            (month, day) = (day, month);
        }
        if (y is < 1990 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(y, month))
        {
            return false;
        }
        date = new DateOnly(y, month, day);
        return true;
    }

    private const string MonthWord =
        @"(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    [GeneratedRegex(@"(?<![\d/-])(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})(?!\d)")]
    private static partial Regex Iso();

    // "2025-Feb-07", "2025-DEC-5": the year first, the month as a word.
    [GeneratedRegex(@"(?<![\d/-])(?<y>\d{4})[-/ ]" + MonthWord + @"[-/ ](?<d>\d{1,2})(?![\d/:-])", RegexOptions.IgnoreCase)]
    private static partial Regex YearMonthNameDay();

    // "22/Mar/2022", "05-Dec-2025": the day first, the month as a word, the year last.
    [GeneratedRegex(@"(?<![\d/-])(?<d>\d{1,2})[-/]" + MonthWord + @"[-/](?<y>\d{4})(?![\d/-])", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthNameYear();

    [GeneratedRegex(@"(?<![\d/.-])(?<us>)(?<m>\d{1,2})[-/](?<d>\d{1,2})[-/](?<y>\d{4}|\d{2})(?![\d/-])")]
    private static partial Regex Numeric();

    // "03.08.2023": dots between day, month and a four-digit year are the European order, day first.
    [GeneratedRegex(@"(?<![\d.])(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})(?![\d.])")]
    private static partial Regex DottedDayFirst();

    // "August 18-19, 2025": a range of days is read as its first.
    [GeneratedRegex(@"\b" + MonthWord + @"\s+(?<d>\d{1,2})(?:<sup>)?(?:st|nd|rd|th)?(?:</sup>)?(?:\s*[-–]\s*\d{1,2}(?:<sup>)?(?:st|nd|rd|th)?(?:</sup>)?)?,?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthName();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:<sup>)?(?:st|nd|rd|th)?(?:</sup>)?\s+(?:of\s+)?" + MonthWord + @",?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthName();

    [GeneratedRegex(@"\b" + MonthWord + @"\s+(?<d>\d{1,2})(?:<sup>)?(?:st|nd|rd|th)?(?:</sup>)?\b(?!:)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthNameNoYear();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:<sup>)?(?:st|nd|rd|th)?(?:</sup>)?\s+(?:of\s+)?" + MonthWord + @"(?![a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthNameNoYear();

    [GeneratedRegex(@"(?<![\d/.:-])(?<us>)(?<m>\d{1,2})[-/](?<d>\d{1,2})(?![\d/:-])")]
    private static partial Regex MonthDay();
}
