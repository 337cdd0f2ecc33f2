using System.Text.RegularExpressions;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Reporting.Parsing;

/// <summary>
/// The key moment a hand-written timeline row stands for, read from its event text when the table has no Kind
/// column; the first match wins, so "page acknowledged" is acknowledged, not paged, and "alert resolved" is resolved.
/// </summary>
internal static partial class TimelineKindInference
{
    private static readonly (TimelineEntryKind Kind, Regex Pattern)[] Moments =
    [
        (TimelineEntryKind.Acknowledged, Acknowledged()),
        (TimelineEntryKind.Escalated, Escalated()),
        (TimelineEntryKind.Paged, Paged()),
        (TimelineEntryKind.Resolved, Resolved()),
        (TimelineEntryKind.Recovered, Recovered()),
        (TimelineEntryKind.Mitigated, Mitigated()),
        (TimelineEntryKind.Diagnosed, Diagnosed()),
        (TimelineEntryKind.Detected, Detected()),
        (TimelineEntryKind.FirstSymptom, FirstSymptom()),
    ];

    public static TimelineEntryKind Infer(string eventText)
    {
        foreach (var (kind, pattern) in Moments)
        {
            if (pattern.IsMatch(eventText))
            {
                return kind;
            }
        }
        return TimelineEntryKind.Event;
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\backnowledg|\back(?:ed|'d|’d)\b", Options)]
    private static partial Regex Acknowledged();

    [GeneratedRegex(@"\bescalat", Options)]
    private static partial Regex Escalated();

    [GeneratedRegex(@"\bpaged\b|\bpages?\s+(?:sent|goes\s+out|went\s+out)\b|\bpaging\s+the\b", Options)]
    private static partial Regex Paged();

    [GeneratedRegex(@"\bresolved\b|\bincident\s+(?:closed|ended|over)\b|\bclosed\s+the\s+incident\b|\ball[- ]clear\b", Options)]
    private static partial Regex Resolved();

    [GeneratedRegex(@"\b(?:back|returned|returning|recovered)\s+to\s+(?:normal|baseline)\b|\brecover(?:s|ed|y)\b|\bservice\s+restored\b|\brestored\s+normal\b|\bhealthy\s+again\b", Options)]
    private static partial Regex Recovered();

    [GeneratedRegex(@"\bmitigat|\broll(?:ed|ing)?[\s-]*back\b|\brollbacks?\b|\brevert(?:ed|s)?\b|\bfail(?:ed|ing)?[\s-]*over\b|\b(?:fix|hotfix|patch|workaround)\s+(?:deployed|applied|rolled\s+out|in\s+place)\b|\bscaled\s+(?:up|out)\b", Options)]
    private static partial Regex Mitigated();

    [GeneratedRegex(@"\b(?:root\s+)?cause\s+(?:identified|found|confirmed)\b|\bidentified\s+the\s+(?:root\s+)?cause\b|\broot\s+cause\b|\bdiagnos", Options)]
    private static partial Regex Diagnosed();

    [GeneratedRegex(@"\balerts?\b.*\b(?:fires?|fired|firing|triggered|raised)\b|\b(?:fires?|fired|triggered)\b.*\balert\b|\bdetected\b|\bincident\s+declared\b|\bcustomers?\s+report", Options)]
    private static partial Regex Detected();

    [GeneratedRegex(@"\bfirst\b.*\b(?:errors?|5xx|4xx|timeouts?|symptoms?|failures?|spikes?)\b|\berrors?\s+(?:appear|start|begin|began|started)", Options)]
    private static partial Regex FirstSymptom();
}
