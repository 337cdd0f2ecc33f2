using System.Globalization;
using PostMortemFlow.Domain.Text;

namespace PostMortemFlow.Domain.Prevention;

/// <summary>A recurrence check in plain words, the same on pages, in e-mails, in the report and on tickets.</summary>
public static class RecurrenceText
{
    /// <summary>One sentence: "No recurrence in 27 days since publication." or "HighErrorRate fired 3 times since publication (…)."</summary>
    public static string Headline(RecurrenceCheck check)
    {
        if (check.CouldNotCheck is { } reason)
        {
            return $"Could not check for a recurrence ({reason}).";
        }
        if (check.Recurred)
        {
            var fired = check.Alerts.Where(a => a.FireCount > 0).Select(Alert).ToList();
            return fired.Count > 0 ? string.Join(" ", fired) : string.Join(" ", check.Queries.Where(q => q.Recurred == true).Select(Query));
        }
        var quiet = $"No recurrence in {Span(check.To - check.From)} since publication.";
        return check.Complete ? quiet : $"{quiet[..^1]} in what could be checked; {Unchecked(check).First()}.";
    }

    /// <summary>One line per query and alert of the signature.</summary>
    public static IReadOnlyList<string> Details(RecurrenceCheck check) =>
        [.. check.Queries.Select(Query), .. check.Alerts.Select(Alert)];

    /// <summary>What could not be checked, each as "could not check X (reason)".</summary>
    public static IEnumerable<string> Unchecked(RecurrenceCheck check) =>
        (check.CouldNotCheck is { } all ? [$"could not check for a recurrence ({all})"] : Enumerable.Empty<string>())
            .Concat(check.Queries.Where(q => !q.Checked).Select(q => $"could not check {q.Name} ({q.CouldNotCheck})"))
            .Concat(check.Alerts.Where(a => !a.Checked).Select(a => $"could not check {a.Name} ({a.CouldNotCheck})"));

    /// <summary>The interval checked: "2025-02-12 00:00 UTC – 2025-02-15 00:00 UTC".</summary>
    public static string Interval(RecurrenceCheck check) => $"{UtcFormat.Minute(check.From)} – {UtcFormat.Minute(check.To)}";

    public static string Query(QueryRecurrence query)
    {
        if (!query.Checked)
        {
            return $"Could not check {query.Name} ({query.CouldNotCheck}).";
        }
        if (query.Episodes.IsEmpty)
        {
            return $"{query.Name} stayed under its threshold ({N(query.Threshold)}) since publication.";
        }
        var episodes = string.Join(", ", query.Episodes.Select(e => $"{UtcFormat.Minute(e.Start)} – {(e.End is { } end ? UtcFormat.Minute(end) : "still above")}"));
        return $"{query.Name} crossed its threshold ({N(query.Threshold)}) again {Times(query.Episodes.Count)} since publication, " +
            $"first at {UtcFormat.Minute(query.FirstAt!.Value)} ({episodes}).";
    }

    public static string Alert(AlertRecurrence alert)
    {
        if (!alert.Checked)
        {
            return $"Could not check {alert.Name} ({alert.CouldNotCheck}).";
        }
        return alert.FireCount == 0
            ? $"{alert.Name} did not fire since publication."
            : $"{alert.Name} fired {Times(alert.FireCount)} since publication ({string.Join(", ", alert.FiredAt.Select(UtcFormat.Minute))}).";
    }

    /// <summary>The comment a ticket gets when its item's verdict is decided.</summary>
    public static string Comment(ItemVerdict verdict, RecurrenceCheck check) =>
        $"Prevention check ({check.Trigger}, {Interval(check)}): {Verdict(verdict.Verdict)}: {verdict.Reason}.\n\n{Headline(check)}";

    public static string Verdict(PreventionVerdict verdict) => verdict switch
    {
        PreventionVerdict.Verified => "verified",
        PreventionVerdict.NotEffective => "not effective",
        _ => "not verified",
    };

    /// <summary>The verdict as a label: "Verified", "Not effective", "Not verified".</summary>
    public static string Label(PreventionVerdict verdict)
    {
        var words = Verdict(verdict);
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>"27 days", "1 day", "5 hours", "40 minutes": whole units, rounded down.</summary>
    public static string Span(TimeSpan span)
    {
        if (span.TotalDays >= 1)
        {
            return Plural((int)span.TotalDays, "day");
        }
        return span.TotalHours >= 1 ? Plural((int)span.TotalHours, "hour") : Plural(Math.Max(0, (int)span.TotalMinutes), "minute");
    }

    private static string Times(int count) => count == 1 ? "once" : $"{count.ToString(CultureInfo.InvariantCulture)} times";

    private static string Plural(int count, string unit) => $"{count.ToString(CultureInfo.InvariantCulture)} {unit}{(count == 1 ? "" : "s")}";

    private static string N(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
