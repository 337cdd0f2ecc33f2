using System.Globalization;
using System.Text.RegularExpressions;
using static PostMortemFlow.Domain.Reporting.Parsing.ReportFormat;

namespace PostMortemFlow.Domain.Reporting.Parsing;

/// <summary>
/// The Duration field: "0h 30min (10:05–10:35 UTC)", "30 minutes (10:05 - 10:35 UTC)", "1 hour 35 minutes (23:40 - 01:15 UTC)",
/// "10:05–10:35 UTC", "unknown (from 10:05 UTC)". The incident starts at the first clock time on the report's date (at
/// midnight without one) and ends after the length, or else at the second clock time, rolled past midnight.
/// </summary>
internal static partial class WrittenDuration
{
    /// <summary>False when the text gives no end and does not say the end is unknown; the start is set either way.</summary>
    public static bool TryParse(string text, DateOnly date, out DateTimeOffset start, out DateTimeOffset? end)
    {
        start = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        end = null;
        var clocks = WrittenTime.Clocks(text);
        if (clocks.Count > 0)
        {
            start = start.Add(clocks[0]);
        }
        if (Length(text) is { } length)
        {
            end = start + length;
        }
        else if (clocks.Count > 1)
        {
            var endAt = start.Date.Add(clocks[1]);
            end = new DateTimeOffset(endAt < start ? endAt.AddDays(1) : endAt, TimeSpan.Zero);
        }
        else
        {
            return text.StartsWith("unknown", StringComparison.OrdinalIgnoreCase)
                   || text.StartsWith("ongoing", StringComparison.OrdinalIgnoreCase);
        }
        return true;
    }

    private static TimeSpan? Length(string text)
    {
        var amounts = Amount().Matches(WrittenTime.WithoutClocks(text));
        if (amounts.Count == 0)
        {
            return null;
        }
        var total = TimeSpan.Zero;
        foreach (Match amount in amounts)
        {
            var n = double.Parse(amount.Groups["n"].Value.Replace(',', '.'), NumberStyles.Float, Invariant);
            total += char.ToLowerInvariant(amount.Groups["unit"].Value[0]) switch
            {
                'd' => TimeSpan.FromDays(n),
                'h' => TimeSpan.FromHours(n),
                _ => TimeSpan.FromMinutes(n),
            };
        }
        return total;
    }

    [GeneratedRegex(@"(?<n>\d+(?:[.,]\d+)?)\s*(?<unit>d(?:ays?)?|h(?:ours?|rs?)?|m(?:in(?:ute)?s?)?)(?![a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();
}
