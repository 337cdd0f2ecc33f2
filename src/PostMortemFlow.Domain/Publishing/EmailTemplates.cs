using System.Globalization;
using System.Net;
using System.Text;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Prevention;
using PostMortemFlow.Domain.Reviews;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Text;

namespace PostMortemFlow.Domain.Publishing;

/// <summary>
/// Renders the workflow's e-mails as HTML, one layout per purpose. Pure: the state, the links and the time are
/// given. Every piece of user text (titles, names, actions, summaries) is HTML-encoded.
/// </summary>
public static class EmailTemplates
{
    /// <summary>The review step a purpose asks for, when the e-mail carries a personal signed link.</summary>
    public static ReviewPurpose? ReviewPurposeOf(EmailPurpose purpose) => purpose switch
    {
        EmailPurpose.TimelineReviewRequest => ReviewPurpose.TimelineReview,
        EmailPurpose.AnalysisReviewRequest => ReviewPurpose.AnalysisReview,
        EmailPurpose.ApprovalRequest => ReviewPurpose.Approval,
        EmailPurpose.ResponderQuestions => ReviewPurpose.Account,
        EmailPurpose.Mention => ReviewPurpose.Discussion,
        _ => null,
    };

    public static RenderedEmail Render(EmailMessage message, PostMortemState state, EmailLinks links, DateTimeOffset now)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").Append(E(message.Subject)).Append("</title></head>")
            .Append("<body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222\">")
            .Append("<h2>").Append(E(state.PostMortem.Title)).Append("</h2>");
        switch (message.Purpose)
        {
            case EmailPurpose.TimelineReviewRequest or EmailPurpose.AnalysisReviewRequest or EmailPurpose.ApprovalRequest:
                Paragraphs(html, FirstParagraph(message.Body));
                Button(html, links.Review, message.Purpose == EmailPurpose.ApprovalRequest ? "Review and approve" : "Open the review");
                html.Append("<p style=\"color:#666\">This link is personal and expires; please do not forward it.</p>");
                Facts(html, state);
                break;
            case EmailPurpose.ResponderQuestions:
                Paragraphs(html, message.Body);
                Button(html, links.Review, "Write your account");
                html.Append("<p style=\"color:#666\">This link is personal and expires; please do not forward it.</p>");
                break;
            case EmailPurpose.Mention:
                Paragraphs(html, message.Body.Split("\n\nPost-mortem: ", 2)[0]);
                Button(html, links.Review is { } review && message.Anchor is { } anchor ? new Uri(review + "#" + anchor, UriKind.RelativeOrAbsolute) : links.Review,
                    "Open the discussion");
                html.Append("<p style=\"color:#666\">This link is personal and expires; please do not forward it.</p>");
                break;
            case EmailPurpose.PublishNudge or EmailPurpose.SponsorEscalation:
                Paragraphs(html, FirstParagraph(message.Body));
                Late(html, state, now);
                Button(html, links.PostMortem, "Open the post-mortem");
                break;
            case EmailPurpose.PublishedReport:
                html.Append("<h3>Summary</h3>");
                Paragraphs(html, state.PostMortem.Summary);
                Button(html, links.Report is null ? null : new Uri(links.Report, UriKind.RelativeOrAbsolute), "Read the full report");
                html.Append("<h3>Action items</h3>");
                Items(html, state.PostMortem.ActionItems, DateOnly.FromDateTime(now.UtcDateTime));
                Facts(html, state);
                break;
            case EmailPurpose.FollowUpReport when state.Recurrence is { } check:
                Paragraphs(html, message.Body.Split("\n\nPost-mortem: ", 2)[0]);
                if (RecurrenceChart.Render(check) is { } chart)
                {
                    html.Append("<div>").Append(chart).Append("</div>");
                }
                Button(html, links.PostMortem, "Open the follow-through");
                break;
            case EmailPurpose.WeeklyDigest:
                Digest(html, state, DateOnly.FromDateTime(now.UtcDateTime));
                Recurring(html, message.RecurringFactors);
                Button(html, links.PostMortem, "Open the post-mortem");
                break;
            default:
                Paragraphs(html, message.Body);
                Button(html, links.PostMortem, "Open the post-mortem");
                break;
        }
        html.Append("<hr><p style=\"color:#666;font-size:12px\">PostMortemFlow · ").Append(E(state.Id)).Append(" · severity ")
            .Append(E(state.PostMortem.Incident.Severity.ToString())).Append(" · blameless: we look at systems, not people.</p></body></html>");
        return new RenderedEmail(message.Subject, html.ToString());
    }

    /// <summary>The follow-up review invitation (checklist item 7): why we meet and the action items still open.</summary>
    public static RenderedEmail FollowUpInvite(PostMortemState state, Uri? postMortem, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var open = state.PostMortem.ActionItems.Where(i => i.IsOpen).ToList();
        var html = new StringBuilder()
            .Append("<p>Four weeks after publishing <strong>").Append(E(state.PostMortem.Title))
            .Append("</strong>, we review whether the action items made the system safer and whether the incident could recur.</p>")
            .Append("<h3>Open action items (").Append(open.Count.ToString(CultureInfo.InvariantCulture)).Append(")</h3>");
        if (open.Count == 0)
        {
            html.Append("<p>None: every action item is closed.</p>");
        }
        else
        {
            Items(html, open, today);
        }
        PreventionCheck(html, state);
        Button(html, postMortem, "Open the post-mortem");
        return new RenderedEmail($"Post-mortem follow-up review: {state.PostMortem.Title}", html.ToString());
    }

    /// <summary>What the follow-up re-checks, and what the last check found if one ran already.</summary>
    private static void PreventionCheck(StringBuilder html, PostMortemState state)
    {
        html.Append("<h3>Did it come back?</h3>");
        if (state.Recurrence is { } check)
        {
            html.Append("<p><strong>").Append(E(RecurrenceText.Headline(check))).Append("</strong> (checked ")
                .Append(E(UtcFormat.Minute(check.CheckedAt))).Append(")</p>");
        }
        var signature = state.CurrentSignature();
        if (signature.IsEmpty)
        {
            html.Append("<p>No signature to re-check: no query or alert drafted the first symptom.</p>");
            return;
        }
        html.Append("<p>At the review PostMortemFlow re-runs the incident's signature over the time since publication and e-mails the result:</p><ul>");
        foreach (var query in signature.Queries)
        {
            html.Append("<li>").Append(E(query.Name)).Append(" above ").Append(E(query.Threshold.ToString("0.###", CultureInfo.InvariantCulture)))
                .Append(query.CanRerun ? "" : " (an uploaded export: cannot be re-run)").Append("</li>");
        }
        foreach (var alert in signature.Alerts)
        {
            html.Append("<li>alert ").Append(E(alert.Name)).Append("</li>");
        }
        html.Append("</ul>");
    }

    private static void Late(StringBuilder html, PostMortemState state, DateTimeOffset now)
    {
        var rows = new List<(string, string)>
        {
            ("What is late", "Publishing the post-mortem report (the method asks for it within 48 hours)"),
            ("Incident ended", Utc(state.PublishClockStart)),
            ("Time since", Span(now - state.PublishClockStart)),
            ("Current step", state.Phase.ToString()),
            ("Waiting on", WorkflowEmails.WaitingOn(state)),
            ("Authors", string.Join(", ", state.PostMortem.Authors)),
        };
        if (state.Escalations > 0)
        {
            rows.Add(("Escalations so far", state.Escalations.ToString(CultureInfo.InvariantCulture)));
        }
        Table(html, rows);
    }

    private static void Digest(StringBuilder html, PostMortemState state, DateOnly today)
    {
        var open = state.PostMortem.ActionItems.Where(i => i.IsOpen).ToList();
        html.Append("<p>").Append(open.Count.ToString(CultureInfo.InvariantCulture)).Append(" action item(s) are open, ")
            .Append(open.Count(i => i.Deadline < today).ToString(CultureInfo.InvariantCulture)).Append(" overdue.</p>");
        foreach (var owner in open.GroupBy(i => i.Owner ?? "(no owner)").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            html.Append("<h3>").Append(E(owner.Key)).Append("</h3>");
            Items(html, [.. owner], today);
        }
    }

    private static void Recurring(StringBuilder html, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }
        html.Append("<h3>Recurring factors</h3><p>Other post-mortems found these factors too, and their action items are still open:</p><ul>");
        foreach (var line in lines)
        {
            html.Append("<li>").Append(E(line)).Append("</li>");
        }
        html.Append("</ul>");
    }

    private static void Items(StringBuilder html, IReadOnlyList<ActionItem> items, DateOnly today)
    {
        html.Append("<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th>ID</th><th>Action</th><th>Owner</th><th>Deadline</th><th>Priority</th><th>Status</th><th>Ticket</th></tr>");
        foreach (var item in items)
        {
            var overdue = item.IsOpen && item.Deadline < today;
            html.Append("<tr><td>").Append(E(item.Id)).Append("</td><td>").Append(E(item.Action)).Append("</td><td>").Append(E(item.Owner ?? ""))
                .Append("</td><td>").Append(UtcFormat.Date(item.Deadline, "")).Append(overdue ? " <strong>(overdue)</strong>" : "")
                .Append("</td><td>").Append(E(item.Priority?.ToString() ?? "")).Append("</td><td>").Append(E(item.Status.ToString())).Append("</td><td>");
            if (item.TrackerLink is { } link && Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
            {
                html.Append("<a href=\"").Append(E(uri.AbsoluteUri)).Append("\">ticket</a>");
            }
            html.Append("</td></tr>");
        }
        html.Append("</table>");
    }

    private static void Facts(StringBuilder html, PostMortemState state)
    {
        var incident = state.PostMortem.Incident;
        Table(html,
        [
            ("Severity", incident.Severity.ToString()),
            ("Started", Utc(incident.StartedAt)),
            ("Ended", incident.EndedAt is { } end ? Utc(end) : "ongoing"),
            ("Authors", string.Join(", ", state.PostMortem.Authors)),
            ("Reviewers", string.Join(", ", state.PostMortem.Reviewers)),
        ]);
    }

    private static void Table(StringBuilder html, IEnumerable<(string Name, string Value)> rows)
    {
        html.Append("<table cellpadding=\"4\">");
        foreach (var (name, value) in rows)
        {
            html.Append("<tr><th align=\"left\">").Append(E(name)).Append("</th><td>").Append(E(value)).Append("</td></tr>");
        }
        html.Append("</table>");
    }

    private static void Button(StringBuilder html, Uri? link, string label)
    {
        if (link is null || !link.IsAbsoluteUri || link.Scheme is not ("https" or "http"))
        {
            return;
        }
        html.Append("<p><a href=\"").Append(E(link.AbsoluteUri))
            .Append("\" style=\"background:#0b5cad;color:#fff;padding:8px 14px;text-decoration:none;border-radius:4px\">")
            .Append(E(label)).Append("</a></p>");
    }

    private static void Paragraphs(StringBuilder html, string text)
    {
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            html.Append("<p>").Append(E(paragraph.Trim()).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
        }
    }

    /// <summary>The plain-text bodies end with an id/severity footer that the HTML layout shows on its own.</summary>
    private static string FirstParagraph(string body) => body.Split("\n\n", 2)[0];

    private static string Utc(DateTimeOffset at) => UtcFormat.Minute(at);

    private static string Span(TimeSpan span) => span.TotalHours >= 1
        ? $"{(int)span.TotalHours}h {span.Minutes:00}min"
        : $"{Math.Max(0, (int)span.TotalMinutes)}min";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
