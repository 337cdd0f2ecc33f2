using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Prevention;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Workflow;

/// <summary>After publishing: the report's location, tickets, the follow-up review and the action items' statuses.</summary>
internal static class TrackingSteps
{
    internal static Rejection? OnPublished(DecisionBuilder b, ReportPublished c, WorkflowSettings settings)
    {
        if (b.State.Phase != Phase.Publishing)
        {
            return b.State.PublishedAt is null ? Rejections.WrongPhase(b.State, c) : null;
        }
        b.Update(s => s with
        {
            PublishedAt = b.Now,
            PublishedLocation = c.Location,
            Signature = SignatureDerivation.Derive(s.PostMortem.Timeline, s.Detections),
        });
        b.MoveTo(Phase.Tracking, PostMortemDecider.System, "report published");
        b.Unschedule(TimerNames.PublishNudge);
        b.Unschedule(TimerNames.PublishDeadline);
        b.Email("email:published", WorkflowEmails.PublishedReport(b.State, settings));
        foreach (var item in b.State.PostMortem.ActionItems.Where(i => i.TrackerLink is null))
        {
            b.Enqueue($"ticket:{item.Id}", EffectKind.CreateTicket, target: item.Id);
        }
        var followUpAt = b.Now + settings.FollowUp;
        b.Enqueue("follow-up:invite", EffectKind.ScheduleFollowUp, at: followUpAt);
        b.Schedule(TimerNames.FollowUp, followUpAt);
        if (b.State.PostMortem.ActionItems.Any(i => i.IsOpen))
        {
            b.Schedule(TimerNames.WeeklyReview, b.Now + settings.WeeklyReview);
        }
        return null;
    }

    internal static Rejection? OnTicketCreated(DecisionBuilder b, TicketCreated c)
    {
        var item = b.State.PostMortem.ActionItems.Find(i => i.Id == c.ItemId);
        if (item is null)
        {
            return Rejections.Invalid("itemId", $"No action item {c.ItemId}.");
        }
        if (item.TrackerLink != c.Link)
        {
            ReplaceItem(b, item, item with { TrackerLink = c.Link });
        }
        return null;
    }

    internal static Rejection? OnFollowUpScheduled(DecisionBuilder b, FollowUpScheduled c)
    {
        if (b.State.FollowUpScheduledFor != c.At)
        {
            b.Update(s => s with { FollowUpScheduledFor = c.At });
        }
        return null;
    }

    internal static Rejection? OnChangeItemStatus(DecisionBuilder b, ChangeActionItemStatus c)
    {
        if (b.State.Phase is not (Phase.Publishing or Phase.Tracking or Phase.FollowUp))
        {
            return Rejections.WrongPhase(b.State, c);
        }
        var item = b.State.PostMortem.ActionItems.Find(i => i.Id == c.ItemId);
        if (item is null)
        {
            return new Rejection { Kind = RejectionKind.NotFound, Field = "itemId", Message = $"No action item {c.ItemId}." };
        }
        SetStatus(b, item, c.Status);
        WorkflowTimers.CloseWhenDone(b);
        return null;
    }

    /// <summary>Statuses read back from the ticket tracker; unknown items and unchanged statuses are ignored.</summary>
    internal static Rejection? OnTicketStatusesSynced(DecisionBuilder b, TicketStatusesSynced c)
    {
        if (b.State.Phase is not (Phase.Tracking or Phase.FollowUp))
        {
            return null;
        }
        foreach (var (itemId, status) in c.Statuses.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (b.State.PostMortem.ActionItems.Find(i => i.Id == itemId) is { } item)
            {
                SetStatus(b, item, status);
            }
        }
        WorkflowTimers.CloseWhenDone(b);
        return null;
    }

    internal static void SetStatus(DecisionBuilder b, ActionItem item, ActionItemStatus status)
    {
        if (item.Status == status)
        {
            return;
        }
        ReplaceItem(b, item, item with { Status = status });
        b.Update(s => s with { ItemStatusChangedAt = s.ItemStatusChangedAt.SetItem(item.Id, b.Now) });
    }

    internal static void ReplaceItem(DecisionBuilder b, ActionItem item, ActionItem changed) => b.Update(s => s with
    {
        PostMortem = s.PostMortem with { ActionItems = s.PostMortem.ActionItems.Replace(item, changed) },
    });
}
