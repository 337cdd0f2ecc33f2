using System.Text;
using PostMortemFlow.Domain.Checklist;
using PostMortemFlow.Domain.Linting;
using PostMortemFlow.Domain.Metrics;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Prevention;
using PostMortemFlow.Domain.Reporting.Parsing;
using static PostMortemFlow.Domain.Reporting.Parsing.ReportFormat;

namespace PostMortemFlow.Domain.Reporting;

/// <summary>
/// Writes a post-mortem as Markdown in the order of the method's report template (METHOD.md, step 5).
/// <see cref="MarkdownReportParser"/> reads the same format back.
/// </summary>
public static class MarkdownReportRenderer
{
    /// <summary>The method's validation checklist, shown when no evaluated checklist is given.</summary>
    public static IReadOnlyList<string> ChecklistTitles { get; } =
    [
        "The timeline is complete and chronologically correct.",
        "Several contributing factors are identified (not just one).",
        "Every action item has an owner, a deadline and a priority.",
        "The report uses blameless language.",
        "The report reached all stakeholders within 48 hours.",
        "Every action item is tracked in the ticket system.",
        "A follow-up review is scheduled four weeks later.",
    ];

    public static string Heading(PostMortem postMortem) =>
        $"{ReportHeadings.TitlePrefix}{OneLine(postMortem.Title)} ({(postMortem.Incident.DateNotStated ? "date " + NotStated : Date(postMortem.Incident.StartedAt))})";

    /// <summary>What the report says where the document it was read from states nothing: never a made-up default.</summary>
    public const string NotStated = "not stated";

    /// <param name="recurrence">The latest prevention check, said in the Prevention section.</param>
    public static string Render(PostMortem postMortem, LintReport? report = null, RecurrenceCheck? recurrence = null)
    {
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Heading(postMortem)).AppendLine();
        Metadata(md, postMortem);
        md.AppendLine();

        Section(md, postMortem, ReportHeadings.Summary);
        Text(md, postMortem.Summary);

        Section(md, postMortem, ReportHeadings.Impact);
        ImpactSection(md, postMortem.Impact);

        Section(md, postMortem, ReportHeadings.RootCause);
        Text(md, postMortem.RootCause);

        Section(md, postMortem, ReportHeadings.Timeline);
        TimelineSection(md, postMortem);

        Section(md, postMortem, ReportHeadings.ContributingFactors);
        Factors(md, postMortem.Analysis);

        Section(md, postMortem, ReportHeadings.ActionItems);
        ActionItemTable(md, postMortem.ActionItems);

        Section(md, postMortem, ReportHeadings.WhatWentWell);
        Bullets(md, postMortem.WhatWentWell);

        Section(md, postMortem, ReportHeadings.LessonsLearned);
        Bullets(md, postMortem.LessonsLearned);

        Section(md, postMortem, ReportHeadings.Prevention);
        Text(md, postMortem.Prevention.Trim().Length > 0 ? postMortem.Prevention : DerivedPrevention(postMortem.ActionItems));
        if (recurrence is not null)
        {
            PreventionCheck(md, recurrence);
        }

        if (!postMortem.DataGaps.IsEmpty)
        {
            Section(md, postMortem, ReportHeadings.DataGaps);
            DataGapSection(md, postMortem.DataGaps);
        }

        Section(md, postMortem, ReportHeadings.Checklist);
        ChecklistSection(md, report?.Checklist ?? []);
        OpenComments(md, postMortem.Comments);

        return md.ToString().TrimEnd() + "\n";
    }

    private static void Metadata(StringBuilder md, PostMortem pm)
    {
        var incident = pm.Incident;
        Field(md, "Date", incident.DateNotStated ? NotStated : Date(incident.StartedAt));
        var date = DateOnly.FromDateTime(incident.StartedAt.UtcDateTime);
        Field(md, "Duration", incident.DateNotStated && incident.EndedAt is null ? NotStated : AsWritten(incident.DurationAsWritten, Span(incident), w =>
            WrittenDuration.TryParse(w, date, out var start, out var end) && start == incident.StartedAt && end == incident.EndedAt));
        Field(md, "Severity", incident.SeverityNotStated ? NotStated : AsWritten(incident.SeverityAsWritten, Severity(incident.Severity), w =>
            WrittenSeverity.TryParse(w, out var severity) && severity == incident.Severity));
        Field(md, "Authors", string.Join(", ", pm.Authors.Select(OneLine)));
        Field(md, "Reviewed", pm.ReviewedOn is { } reviewed ? Date(reviewed) : "not yet");
        if (!pm.Reviewers.IsEmpty)
        {
            Field(md, "Reviewers", string.Join(", ", pm.Reviewers.Select(OneLine)));
        }
        if (!incident.AffectedServices.IsEmpty)
        {
            Field(md, "Services", string.Join(", ", incident.AffectedServices.Select(OneLine)));
        }
        if (incident.IsNearMiss)
        {
            Field(md, "Near miss", "yes");
        }
        if (!string.IsNullOrWhiteSpace(pm.ExecutiveSponsor))
        {
            Field(md, "Executive sponsor", OneLine(pm.ExecutiveSponsor));
        }
        if (!string.IsNullOrWhiteSpace(incident.Id))
        {
            Field(md, "Incident", incident.Source == IncidentSource.Manual
                ? OneLine(incident.Id)
                : $"{OneLine(incident.Id)} ({incident.Source})");
        }
    }

    private static void ImpactSection(StringBuilder md, Impact impact)
    {
        Field(md, "Failed requests", Number(impact.FailedRequests));
        Field(md, "Customers affected", Number(impact.CustomersAffected));
        Field(md, "Estimated revenue impact", Money(impact.EstimatedRevenueImpact, impact.Currency));
        md.AppendLine();
        Text(md, impact.Description);
    }

    private static void TimelineSection(StringBuilder md, PostMortem pm)
    {
        var timeline = pm.Timeline;
        var withKind = timeline.Any(e => e.Kind != TimelineEntryKind.Event);
        var withEvidence = timeline.Any(e => !string.IsNullOrWhiteSpace(e.EvidenceRef));
        var header = new List<string> { "Time (UTC)", "Event", "Source", "Actor" };
        if (withKind)
        {
            header.Add("Kind");
        }
        if (withEvidence)
        {
            header.Add("Evidence");
        }
        var date = DateOnly.FromDateTime(pm.Incident.StartedAt.UtcDateTime);
        Table(md, header, timeline.Select((e, i) =>
        {
            DateTimeOffset? previous = i > 0 ? timeline[i - 1].Time : null;
            var time = e.ZoneNotStated || e.DateNotStated
                ? $"{e.TimeAsWritten} ({(e.ClockNotStated ? "time" : e.ZoneNotStated ? "zone" : "date")} {NotStated})"
                : AsWritten(e.TimeAsWritten, Time(e.Time), w =>
                    !w.Contains('\n', StringComparison.Ordinal) && WrittenTime.TryParse(w, date, previous, out var at) && at == e.Time);
            var row = new List<string> { Cell(time), Cell(e.Event), Cell(e.Source), Cell(e.Actor) };
            if (withKind)
            {
                row.Add(Kind(e));
            }
            if (withEvidence)
            {
                row.Add(Cell(e.EvidenceRef));
            }
            return row;
        }));

        var metrics = IncidentMetrics.From(pm);
        md.AppendLine("**Incident metrics** (from the first symptom):").AppendLine();
        Field(md, "Time to detect", Duration(metrics.TimeToDetect));
        Field(md, "Time to acknowledge", Duration(metrics.TimeToAcknowledge));
        Field(md, "Time to mitigate", Duration(metrics.TimeToMitigate));
        Field(md, "Time to resolve", Duration(metrics.TimeToResolve));
        md.AppendLine();
    }

    private static void Factors(StringBuilder md, Analysis analysis)
    {
        Subsection(md, ReportHeadings.ImmediateCauses);
        Bullets(md, analysis.ImmediateCauses);
        for (var i = 0; i < analysis.Factors.Count; i++)
        {
            var factor = analysis.Factors[i];
            Subsection(md, $"Factor {i + 1}: {OneLine(factor.Description)}".TrimEnd());
            var category = AsWritten(factor.CategoryAsWritten, Category(factor.Category), w => CategoryOf(w) == factor.Category);
            md.Append("**Category:** ").AppendLine(OneLine(category)).AppendLine();
            for (var why = 0; why < factor.Whys.Count; why++)
            {
                Item(md, $"{why + 1}. ", factor.Whys[why]);
            }
            if (!factor.Whys.IsEmpty)
            {
                md.AppendLine();
            }
        }
        Subsection(md, ReportHeadings.SystemicIssues);
        Bullets(md, analysis.SystemicIssues);
    }

    private static void ActionItemTable(StringBuilder md, ImmutableList<ActionItem> items)
    {
        var withCategory = items.Any(a => a.Category is not null);
        var header = new List<string> { "ID", "Action", "Owner", "Deadline", "Priority", "Status", "Ticket" };
        if (withCategory)
        {
            header.Add("Category");
        }
        Table(md, header, items.Select(a =>
        {
            var row = new List<string>
            {
                Cell(a.Id), Cell(a.Action), Cell(a.Owner), a.Deadline is { } d ? Date(d) : "",
                Cell(AsWritten(a.PriorityAsWritten, Priority(a.Priority), w => TryParsePriority(w, out var p) && p == a.Priority)),
                Status(a.Status), Cell(a.TrackerLink),
            };
            if (withCategory)
            {
                row.Add(a.Category is { } c ? Category(c) : "");
            }
            return row;
        }));
    }

    /// <summary>The Prevention section when the author wrote none: the action items by priority.</summary>
    internal static string DerivedPrevention(ImmutableList<ActionItem> items)
    {
        if (items.IsEmpty)
        {
            return "No action items yet: every contributing factor needs one.";
        }
        var md = new StringBuilder()
            .AppendLine("Recurrence is prevented by completing the action items above; open items are reviewed weekly.")
            .AppendLine();
        foreach (var group in items.GroupBy(a => a.Priority).OrderBy(g => g.Key ?? (ActionPriority)int.MaxValue))
        {
            var label = group.Key is { } p ? $"{p} priority" : "No priority yet";
            Field(md, label, string.Join(", ", group.Select(a => OneLine(a.Id))));
        }
        return md.ToString().Trim();
    }

    /// <summary>What the latest recurrence check found, in the same words as the follow-up e-mail.</summary>
    private static void PreventionCheck(StringBuilder md, RecurrenceCheck check)
    {
        md.Append("**Prevention check** (").Append(check.Trigger).Append(", ").Append(RecurrenceText.Interval(check)).Append("): ")
            .AppendLine(RecurrenceText.Headline(check)).AppendLine();
        Bullets(md, RecurrenceText.Details(check)
            .Concat(check.Verdicts.Select(v => $"{v.ItemId}: {RecurrenceText.Verdict(v.Verdict)} ({v.Reason})")));
    }

    private static void DataGapSection(StringBuilder md, ImmutableList<DataGap> gaps)
    {
        Table(md, ["Source", "From (UTC)", "To (UTC)", "Reason"],
            gaps.Select(g => new List<string> { Cell(g.Source), Time(g.From), Time(g.To), Cell(g.Reason) }));
        md.AppendLine("Recommendation: extend the retention of these sources so the whole incident window is covered next time.")
            .AppendLine();
    }

    private static void ChecklistSection(StringBuilder md, IReadOnlyList<ChecklistItem> checklist)
    {
        var rows = checklist.Count > 0
            ? checklist.Select(c => new List<string>
                { c.Number.ToString(Invariant), Cell(c.Title), c.Status.ToString().ToLowerInvariant(), Cell(c.Reason) })
            : ChecklistTitles.Select((title, i) => new List<string>
                { (i + 1).ToString(Invariant), title, "pending", "not evaluated" });
        Table(md, ["#", "Check", "Status", "Reason"], rows);
    }

    /// <summary>The discussion still to settle, listed in the draft's appendix; an approval settles it, so a published report has none.</summary>
    private static void OpenComments(StringBuilder md, IReadOnlyList<Comment> comments)
    {
        var open = comments.Where(c => c.IsOpen).ToList();
        if (open.Count == 0)
        {
            return;
        }
        md.Append("**Open comments (").Append(open.Count.ToString(Invariant)).AppendLine("):** to settle before approval.").AppendLine();
        foreach (var comment in open)
        {
            md.Append("- ").Append(comment.Id).Append(" on ").Append(CommentAnchors.Describe(comment.Anchor)).Append(" by ").Append(OneLine(comment.Author))
                .Append(": ").AppendLine(OneLine(comment.Text));
        }
        md.AppendLine();
    }

    private static void Section(StringBuilder md, PostMortem pm, string title)
    {
        md.Append("## ").Append(title);
        if (pm.HeadingNotes.TryGetValue(title, out var note) && note.Trim().Length > 0)
        {
            md.Append(" (").Append(OneLine(note)).Append(')');
        }
        md.AppendLine().AppendLine();
    }

    private static void Subsection(StringBuilder md, string title) => md.Append("### ").AppendLine(title).AppendLine();

    private static void Field(StringBuilder md, string name, string value) =>
        md.Append("- **").Append(name).Append(":** ").AppendLine(value);

    private static void Text(StringBuilder md, string text)
    {
        var trimmed = Normalize(text).Trim();
        if (trimmed.Length > 0)
        {
            md.AppendLine(trimmed).AppendLine();
        }
    }

    private static void Bullets(StringBuilder md, IEnumerable<string> items)
    {
        var any = false;
        foreach (var item in items)
        {
            Item(md, "- ", item);
            any = true;
        }
        if (any)
        {
            md.AppendLine();
        }
    }

    /// <summary>A list item; continuation lines are indented under the marker so they stay in the item.</summary>
    private static void Item(StringBuilder md, string marker, string text)
    {
        var lines = Normalize(text).Trim().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        md.Append(marker).AppendLine(string.Join("\n" + new string(' ', marker.Length), lines));
    }

    private static void Table(StringBuilder md, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        md.Append("| ").Append(string.Join(" | ", header)).AppendLine(" |");
        md.Append('|').Append(string.Join("|", header.Select(_ => "---"))).AppendLine("|");
        foreach (var row in rows)
        {
            md.Append("| ").Append(string.Join(" | ", row)).AppendLine(" |");
        }
        md.AppendLine();
    }

    /// <summary>
    /// What the author wrote, as long as it still reads as the model's value (an edit elsewhere may have changed the
    /// value since); else the model's own spelling.
    /// </summary>
    private static string AsWritten(string? written, string canonical, Func<string, bool> readsAsValue) =>
        written is { Length: > 0 } w && w.Trim() == w && readsAsValue(w) ? w : canonical;

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
