using System.Text.RegularExpressions;
using PostMortemFlow.Domain.Reporting;

namespace PostMortemFlow.Domain.Rules;

/// <summary>
/// All timeline times are UTC (method step 2). A row fails when its time carries a non-zero offset, or when the
/// time as a person wrote it names no zone ("10:05") or a zone other than UTC ("10:05 CET", "+01:00", "GMT").
/// Accepted: a trailing "Z", "UTC", or a zero offset ("+00:00", "+0000", "UTC+00:00"), and a time with no zone at
/// all when the Timeline heading declares UTC ("## Timeline (all times UTC)"). One finding per row.
/// </summary>
public sealed partial class TimelineTimezoneRule : IPostMortemRule
{
    private const string Suggestion =
        "Write the time in UTC, e.g. \"2025-02-09T10:05Z\"; every system should log UTC, with clocks kept in sync by NTP.";

    public string Id => RuleIds.TimelineTimezone;

    public IEnumerable<Finding> Check(LintContext context)
    {
        var timeline = context.PostMortem.Timeline;
        var utcDeclared = context.PostMortem.HeadingNotes.TryGetValue(ReportHeadings.Timeline, out var note)
                          && DeclaredUtc().IsMatch(note);
        for (var i = 0; i < timeline.Count; i++)
        {
            var entry = timeline[i];
            var problem = entry.TimeAsWritten is { } written ? ProblemWith(written, utcDeclared) : null;
            if (problem is null && entry.Time.Offset != TimeSpan.Zero)
            {
                problem = $"is at offset {Offset(entry.Time.Offset)}, not UTC";
            }
            if (problem is not null)
            {
                yield return new Finding(
                    RuleIds.TimelineTimezone,
                    FindingSeverity.Error,
                    $"The time of timeline row {i + 1} {problem}.",
                    Suggestion,
                    $"timeline[{i}].time",
                    Excerpt: entry.TimeAsWritten);
            }
        }
    }

    /// <summary>Why the written time is not a UTC time, or null when it is (or names no zone where UTC is declared).</summary>
    internal static string? ProblemWith(string written, bool utcDeclared = false)
    {
        var text = written.Replace('(', ' ').Replace(')', ' ').Trim();
        if (UtcZone().IsMatch(text))
        {
            return null;
        }
        if (OffsetZone().Match(text) is { Success: true } offset)
        {
            return $"(\"{written}\") is at offset {offset.Groups["zone"].Value}, not UTC";
        }
        if (NamedZone().Match(text) is { Success: true } named
            && !named.Groups["zone"].Value.Equals("AM", StringComparison.OrdinalIgnoreCase)
            && !named.Groups["zone"].Value.Equals("PM", StringComparison.OrdinalIgnoreCase))
        {
            return $"(\"{written}\") is in {named.Groups["zone"].Value}, not UTC";
        }
        return utcDeclared ? null : $"(\"{written}\") has no timezone";
    }

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm");

    // A zone only counts after a clock time, so the "-09" of the date "2025-02-09" is not read as an offset.
    [GeneratedRegex(@"(?:[0-9]\s*Z|(?<![A-Za-z])UTC(?:\s*[+-]0{1,2}(?::?00)?)?|[0-9]:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]+)?)?\s*[+-]00(?::?00)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex UtcZone();

    [GeneratedRegex(@"(?<![A-Za-z])UTC(?![A-Za-z])(?!\s*[+-]\s*0*[1-9])")]
    private static partial Regex DeclaredUtc();

    [GeneratedRegex(@"[0-9]:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]+)?)?\s*(?<zone>[+-][0-9]{2}(?::?[0-9]{2})?)$")]
    private static partial Regex OffsetZone();

    [GeneratedRegex(@"(?<![A-Za-z])(?<zone>[A-Za-z]{2,}(?:/[A-Za-z_]+)*(?:[+-][0-9]{1,2}(?::?[0-9]{2})?)?)$")]
    private static partial Regex NamedZone();
}
