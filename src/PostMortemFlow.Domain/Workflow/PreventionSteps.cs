using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Prevention;
using PostMortemFlow.Domain.Publishing;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Workflow;

/// <summary>
/// Prevention verified by evidence: a recurrence check at the follow-up and on demand after publishing, its result kept
/// in the state, the done items' verdicts, the follow-up report e-mail and a comment on each tracked item whose verdict changed.
/// </summary>
internal static class PreventionSteps
{
    internal const string FollowUpCheckKey = "recurrence:follow-up";

    internal static Rejection? OnCheckRecurrence(DecisionBuilder b, CheckRecurrence c)
    {
        if (b.State.PublishedAt is null || b.State.Phase is not (Phase.Tracking or Phase.FollowUp))
        {
            return Rejections.WrongPhase(b.State, c);
        }
        if (b.State.Outbox.Any(e => e.Kind == EffectKind.CheckRecurrence))
        {
            return null; // one already waits to run: it covers up to the time it runs.
        }
        b.Update(s => s with { RecurrenceRequests = s.RecurrenceRequests + 1 });
        b.Enqueue($"recurrence:{b.State.RecurrenceRequests}", EffectKind.CheckRecurrence, target: RecurrenceCheck.OnDemand);
        return null;
    }

    internal static void StartFollowUpCheck(DecisionBuilder b)
    {
        if (b.State.PublishedAt is not null)
        {
            b.Enqueue(FollowUpCheckKey, EffectKind.CheckRecurrence, target: RecurrenceCheck.FollowUp);
        }
    }

    internal static Rejection? OnRecurrenceChecked(DecisionBuilder b, RecurrenceChecked c)
    {
        if (b.State.PublishedAt is null)
        {
            return Rejections.WrongPhase(b.State, c);
        }
        var previous = b.State.Recurrence;
        var verdicts = PreventionVerdicts.Decide(b.State.PostMortem.ActionItems, b.State.ItemStatusChangedAt, c.Check);
        var check = c.Check with { Verdicts = verdicts };
        b.Update(s => s with { Recurrence = check });
        foreach (var verdict in verdicts)
        {
            var item = b.State.PostMortem.ActionItems.Find(i => i.Id == verdict.ItemId);
            if (item?.TrackerLink is null || previous?.VerdictOf(item.Id)?.Verdict == verdict.Verdict)
            {
                continue;
            }
            b.Enqueue($"ticket-comment:{item.Id}:{b.State.Version}:{verdict.Verdict}", EffectKind.CommentTicket, target: item.Id,
                text: b.State.Restriction is null ? RecurrenceText.Comment(verdict, check) : TicketText.RestrictedComment);
        }
        if (check.Trigger == RecurrenceCheck.FollowUp)
        {
            b.Email("email:follow-up-report", WorkflowEmails.FollowUpReport(b.State, check));
        }
        return null;
    }
}
