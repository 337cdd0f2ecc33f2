using System.Globalization;
using System.Text;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Reporting.Parsing;

/// <summary>The spellings shared by the Markdown renderer and parser, so both sides agree on one format.</summary>
internal static class ReportFormat
{
    public static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>ISO 8601 in UTC with a literal Z; seconds only when there are any.</summary>
    public static string Time(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return utc.ToString(utc.Second == 0 ? "yyyy-MM-dd'T'HH:mm'Z'" : "yyyy-MM-dd'T'HH:mm:ss'Z'", Invariant);
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    public static string Date(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd", Invariant);

    public static string ClockTime(DateTimeOffset time) => time.ToUniversalTime().ToString("HH:mm", Invariant);

    public static string Duration(TimeSpan? duration) => duration is { } d
        ? string.Create(Invariant, $"{(int)d.TotalHours}h {d.Minutes}min")
        : "unknown";

    /// <summary>The Duration field: "0h 30min (10:05–10:35 UTC)", or "unknown (from 10:05 UTC)" while the end is open.</summary>
    public static string Span(Incident incident) => incident.EndedAt is { } end
        ? $"{Duration(incident.Duration)} ({ClockTime(incident.StartedAt)}–{ClockTime(end)} UTC)"
        : $"unknown (from {ClockTime(incident.StartedAt)} UTC)";

    public static string Number(long? value) => value is { } v ? v.ToString("#,0", Invariant) : "unknown";

    public static string Money(decimal? value, string currency) =>
        value is { } v ? v.ToString("#,0.##", Invariant) + " " + currency : "unknown";

    public static string Severity(Severity severity) => severity.ToString();

    /// <summary>Follows a kind the parser inferred from the event text, so a reader sees it and can change it.</summary>
    public const string InferredMarker = "(inferred)";

    public static string Kind(TimelineEntryKind kind) => kind switch
    {
        TimelineEntryKind.Event => "",
        TimelineEntryKind.FirstSymptom => "first-symptom",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string Kind(TimelineEntry entry) =>
        entry.KindInferred && entry.Kind != TimelineEntryKind.Event ? $"{Kind(entry.Kind)} {InferredMarker}" : Kind(entry.Kind);

    public static string Category(FactorCategory category) => category switch
    {
        FactorCategory.ChangeManagement => "change management",
        _ => category.ToString().ToLowerInvariant(),
    };

    public static string Priority(ActionPriority? priority) => priority?.ToString().ToLowerInvariant() ?? "";

    public static string Status(ActionItemStatus status) => status switch
    {
        ActionItemStatus.InProgress => "in-progress",
        ActionItemStatus.WontDo => "wont-do",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>A table cell: pipes escaped, line breaks as &lt;br&gt; (the GFM convention), never empty-looking.</summary>
    public static string Cell(string? text) =>
        (text ?? "").Trim().Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);

    public static string UnCell(string cell) =>
        System.Text.RegularExpressions.Regex.Replace(cell.Trim().Replace("\\|", "|", StringComparison.Ordinal),
            @"<br\s*/?>", "\n", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>Lowercase letters and digits only: "Change-Management" and "change management" compare equal.</summary>
    public static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }

    public static bool TryParseKind(string text, out TimelineEntryKind kind, out bool inferred)
    {
        inferred = text.Contains(InferredMarker, StringComparison.OrdinalIgnoreCase);
        var key = Key(text.Replace(InferredMarker, "", StringComparison.OrdinalIgnoreCase));
        kind = TimelineEntryKind.Event;
        if (key.Length == 0)
        {
            return true;
        }
        foreach (var candidate in Enum.GetValues<TimelineEntryKind>())
        {
            if (Key(candidate.ToString()) == key)
            {
                kind = candidate;
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Accepts the method's longer names ("monitoring gap", "capacity planning") and the usual names of a fishbone's
    /// bones ("alerting gap" → monitoring, "code review" → change management): the first word that names one decides.
    /// </summary>
    public static bool TryParseCategory(string text, out FactorCategory category)
    {
        var key = Key(text);
        foreach (var candidate in Enum.GetValues<FactorCategory>())
        {
            if (key.Length > 0 && key.StartsWith(Key(candidate.ToString()), StringComparison.Ordinal))
            {
                category = candidate;
                return true;
            }
        }
        foreach (var word in text.Split([' ', '-', '/', '&', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (CategoryWords.TryGetValue(Key(word), out category))
            {
                return true;
            }
        }
        category = FactorCategory.Other;
        return false;
    }

    /// <summary>The category a label names; <see cref="FactorCategory.Other"/> for one that names none.</summary>
    public static FactorCategory CategoryOf(string label)
    {
        TryParseCategory(label, out var category);
        return category;
    }

    private static readonly Dictionary<string, FactorCategory> CategoryWords = new[]
    {
        (FactorCategory.Monitoring, "observability alerting alerts alert detection visibility metrics logging dashboards"),
        (FactorCategory.Testing, "test tests qa validation staging"),
        (FactorCategory.Runbook, "runbooks playbook playbooks documentation docs procedure procedures"),
        (FactorCategory.Capacity, "scaling scalability sizing resources headroom"),
        (FactorCategory.ChangeManagement, "change changes deploy deploys deployment release releases rollout review configuration config"),
        (FactorCategory.Dependency, "dependencies vendor upstream provider thirdparty external"),
        (FactorCategory.Communication, "communications escalation coordination handoff handover"),
    }.SelectMany(c => c.Item2.Split(' ').Append(Key(c.Item1.ToString())).Select(word => (Word: word, Category: c.Item1)))
        .ToDictionary(c => c.Word, c => c.Category);

    /// <summary>High/Medium/Low, or P0–P3 (P0 and P1 → high, P2 → medium, P3 → low).</summary>
    public static bool TryParsePriority(string text, out ActionPriority? priority)
    {
        priority = Key(text) switch
        {
            "high" or "p0" or "p1" => ActionPriority.High,
            "medium" or "med" or "p2" => ActionPriority.Medium,
            "low" or "p3" => ActionPriority.Low,
            _ => null,
        };
        return priority is not null || Key(text).Length == 0;
    }

    public static bool TryParseStatus(string text, out ActionItemStatus status)
    {
        (status, var ok) = Key(text) switch
        {
            "" or "open" or "todo" => (ActionItemStatus.Open, true),
            "inprogress" or "doing" => (ActionItemStatus.InProgress, true),
            "done" or "closed" => (ActionItemStatus.Done, true),
            "wontdo" or "wontfix" => (ActionItemStatus.WontDo, true),
            _ => (ActionItemStatus.Open, false),
        };
        return ok;
    }

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd"], Invariant, DateTimeStyles.None, out date);
}
