using System.Globalization;
using PostMortemFlow.Domain.Text;

namespace PostMortemFlow.Domain.Rules;

/// <summary>How the structural rules and the checklist write times and durations in messages.</summary>
internal static class RuleText
{
    public static string Utc(DateTimeOffset time) =>
        UtcFormat.Minute(time);

    public static string Duration(TimeSpan span)
    {
        var parts = new List<string>();
        if (span.Days > 0)
        {
            parts.Add($"{span.Days} d");
        }
        if (span.Hours > 0)
        {
            parts.Add($"{span.Hours} h");
        }
        if (span.Minutes > 0 || parts.Count == 0)
        {
            parts.Add($"{span.Minutes} min");
        }
        return string.Join(" ", parts);
    }

    public static string Plural(int count, string singular, string plural) =>
        $"{count} {(count == 1 ? singular : plural)}";
}
