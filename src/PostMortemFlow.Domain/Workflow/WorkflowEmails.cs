using System.Globalization;
using System.Text;
using PostMortemFlow.Domain.Drafting;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Prevention;
using PostMortemFlow.Domain.Text;

namespace PostMortemFlow.Domain.Workflow;

/// <summary>The plain-text e-mails the workflow sends; executors may render richer bodies from the purpose.</summary>
public static class WorkflowEmails
{
    public static EmailMessage ReviewRequest(PostMortemState state, Phase phase)
    {
        var (purpose, ask) = phase switch
        {
            Phase.TimelineReview => (EmailPurpose.TimelineReviewRequest, "review the draft timeline"),
            Phase.AnalysisReview => (EmailPurpose.AnalysisReviewRequest, "review the contributing factors and action items"),
            _ => (EmailPurpose.ApprovalRequest, "approve the report for publishing"),
        };
        var to = phase == Phase.AnalysisReview
            ? state.PostMortem.Authors.AddRange(state.PostMortem.Reviewers)
            : Fallback(state.PostMortem.Reviewers, state.PostMortem.Authors);
        return Message(purpose, to, $"Please {ask}: {state.PostMortem.Title}", state,
            $"The post-mortem \"{state.PostMortem.Title}\" is waiting for you to {ask}.");
    }

    /// <summary>
    /// The questions about one person's own moments: what they saw and expected, in their words, before memories fade.
    /// The executor adds their personal link to write the account.
    /// </summary>
    public static EmailMessage ResponderQuestions(PostMortemState state, ResponderBrief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var text = new StringBuilder()
            .Append($"You were part of \"{state.PostMortem.Title}\". Before the review, we would like to hear how it looked from where you were: ")
            .Append("what you saw, what you expected and what was hard to tell at the time. There are no wrong answers, and nobody is being judged.\n");
        for (var i = 0; i < brief.Questions.Count; i++)
        {
            text.Append($"\n{i + 1}. {brief.Questions[i].Text}");
        }
        return Message(EmailPurpose.ResponderQuestions, [brief.Address ?? ""], $"How did it look from where you were? {state.PostMortem.Title}", state, text.ToString());
    }

    /// <summary>An @mention: who wrote what, where, and (added by the executor) a personal link that opens the discussion at the comment.</summary>
    public static EmailMessage Mention(PostMortemState state, Comment comment, string address)
    {
        ArgumentNullException.ThrowIfNull(comment);
        return Message(EmailPurpose.Mention, [address], $"{comment.Author} mentioned you: {state.PostMortem.Title}", state,
            $"{comment.Author} mentioned you in a comment on {CommentAnchors.Describe(comment.Anchor)} (\"{comment.Quote}\"):\n\n{comment.Text}") with
        {
            Anchor = $"comment-{comment.Id}",
        };
    }

    public static EmailMessage ChangesRequested(PostMortemState state, string by, string reason) =>
        Message(EmailPurpose.ChangesRequested, state.PostMortem.Authors, $"Changes requested: {state.PostMortem.Title}",
            state, $"{by} asked for changes and sent the post-mortem back to {state.Phase}: {reason}");

    public static EmailMessage PublishNudge(PostMortemState state, DateTimeOffset now) =>
        Message(EmailPurpose.PublishNudge, state.PostMortem.Authors.AddRange(state.PostMortem.Reviewers),
            $"Reminder: publish the post-mortem within 48 hours: {state.PostMortem.Title}", state,
            $"The incident ended {Ago(now - state.PublishClockStart)} ago and the post-mortem is still in " +
            $"{state.Phase}, waiting on {WaitingOn(state)}. The method asks for it to reach stakeholders within 48 hours.");

    public static EmailMessage SponsorEscalation(PostMortemState state, DateTimeOffset now, TimeSpan deadline)
    {
        var late = now - state.PublishClockStart - deadline;
        return Message(EmailPurpose.SponsorEscalation, List(state.PostMortem.ExecutiveSponsor),
            $"Escalation: post-mortem {Ago(late)} late: {state.PostMortem.Title}", state,
            $"The post-mortem \"{state.PostMortem.Title}\" missed its {deadline.TotalHours:0}-hour publishing deadline " +
            $"by {Ago(late)}. It is in {state.Phase}, waiting on {WaitingOn(state)}. As executive sponsor, please " +
            "help make it a priority: insights go stale after a week.");
    }

    /// <summary>To the authors, reviewers, owners and sponsor, and the audiences of the services affected (<paramref name="settings"/>).</summary>
    public static EmailMessage PublishedReport(PostMortemState state, WorkflowSettings? settings = null)
    {
        var people = state.PostMortem.Authors.AddRange(state.PostMortem.Reviewers)
            .AddRange(state.PostMortem.ActionItems.Select(i => i.Owner ?? ""))
            .AddRange(List(state.PostMortem.ExecutiveSponsor))
            .AddRange((settings ?? WorkflowSettings.Default).AudiencesOf(state.PostMortem.Incident.AffectedServices));
        return Message(EmailPurpose.PublishedReport, people, $"Post-mortem published: {state.PostMortem.Title}", state,
            $"{state.PostMortem.Summary}\n\nThe full report: {state.PublishedLocation}");
    }

    public static EmailMessage WeeklyDigest(PostMortemState state, DateOnly today)
    {
        var open = state.PostMortem.ActionItems.Where(i => i.IsOpen).ToList();
        var body = new StringBuilder($"{open.Count} action item(s) of \"{state.PostMortem.Title}\" are open:\n");
        foreach (var owner in open.GroupBy(i => i.Owner ?? "(no owner)").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            body.Append('\n').Append(owner.Key).Append(":\n");
            foreach (var item in owner)
            {
                body.Append(CultureInfo.InvariantCulture, $"  {item.Id} [{item.Priority}] {item.Action} — due {UtcFormat.Date(item.Deadline, "")}")
                    .Append(item.Deadline < today ? " (OVERDUE)" : "").Append('\n');
            }
        }
        var to = open.Select(i => i.Owner ?? "").ToImmutableList().AddRange(state.PostMortem.Authors);
        return new EmailMessage
        {
            Purpose = EmailPurpose.WeeklyDigest,
            To = Distinct(to),
            Subject = $"Weekly review: {open.Count} open action item(s): {state.PostMortem.Title}",
            Body = body.ToString(),
        };
    }

    public static EmailMessage StalledItemsEscalation(PostMortemState state, IReadOnlyList<ActionItem> stalled, DateOnly today)
    {
        var lines = stalled.Select(i =>
            $"  {i.Id} {i.Action} — owner {i.Owner}, due {UtcFormat.Date(i.Deadline, "")}" +
            (i.Deadline < today ? $", overdue by {today.DayNumber - i.Deadline!.Value.DayNumber} day(s)" : ", no progress"));
        return Message(EmailPurpose.StalledItemsEscalation, List(state.PostMortem.ExecutiveSponsor),
            $"Stalled high-priority action items: {state.PostMortem.Title}", state,
            "These high-priority action items are overdue or have not moved; when items stall, the incident " +
            "happens again:\n" + string.Join('\n', lines));
    }

    /// <summary>The follow-up review's evidence: did the incident's signature come back since publication, and what that says of the done items.</summary>
    public static EmailMessage FollowUpReport(PostMortemState state, RecurrenceCheck check)
    {
        var people = state.PostMortem.Authors.AddRange(state.PostMortem.ActionItems.Select(i => i.Owner ?? ""))
            .AddRange(List(state.PostMortem.ExecutiveSponsor));
        var body = new StringBuilder(RecurrenceText.Headline(check)).Append("\n\n")
            .Append("Checked ").Append(RecurrenceText.Interval(check)).Append(" against the incident's signature:\n");
        foreach (var line in RecurrenceText.Details(check))
        {
            body.Append("  ").Append(line).Append('\n');
        }
        if (!check.Verdicts.IsEmpty)
        {
            body.Append("\nDone action items:\n");
            foreach (var verdict in check.Verdicts)
            {
                body.Append(CultureInfo.InvariantCulture, $"  {verdict.ItemId}: {RecurrenceText.Verdict(verdict.Verdict)} ({verdict.Reason})\n");
            }
        }
        return Message(EmailPurpose.FollowUpReport, people, $"Follow-up review: {RecurrenceText.Headline(check).TrimEnd('.')}: {state.PostMortem.Title}",
            state, body.ToString().TrimEnd());
    }

    private static EmailMessage Message(EmailPurpose purpose, IEnumerable<string> to, string subject,
        PostMortemState state, string text) => new()
    {
        Purpose = purpose,
        To = Distinct(to),
        Subject = subject,
        Body = $"{text}\n\nPost-mortem: {state.Id}\nSeverity: {state.PostMortem.Incident.Severity}\n",
    };

    /// <summary>Who the post-mortem is waiting on in its current phase, as a sentence fragment.</summary>
    public static string WaitingOn(PostMortemState state) => state.Phase switch
    {
        Phase.Collecting => "evidence collection",
        Phase.TimelineReview or Phase.Approval => Join(Fallback(state.PostMortem.Reviewers, state.PostMortem.Authors)),
        Phase.AnalysisReview => Join(state.PostMortem.Authors),
        _ => "publishing",
    };

    private static ImmutableList<string> Fallback(ImmutableList<string> first, ImmutableList<string> second) =>
        first.IsEmpty ? second : first;

    private static ImmutableList<string> List(string? one) => string.IsNullOrWhiteSpace(one) ? [] : [one];

    private static ImmutableList<string> Distinct(IEnumerable<string> to) =>
        to.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableList();

    private static string Join(IEnumerable<string> people) => people.Any() ? string.Join(", ", people) : "nobody named";

    private static string Ago(TimeSpan span) => span.TotalHours >= 1
        ? $"{(int)span.TotalHours}h {span.Minutes:00}min"
        : $"{Math.Max(0, (int)span.TotalMinutes)}min";
}
