using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Workflow;

/// <summary>What each durable timer does when it is due. A tick before the due time, or for a timer that is no
/// longer scheduled, changes nothing: reminders can tick early, late or twice.</summary>
internal static class WorkflowTimers
{
    private const string System = "system";

    public static Rejection? Fire(DecisionBuilder b, string name, WorkflowSettings settings)
    {
        var timer = b.State.Timers.Find(t => t.Name == name);
        if (timer is null || timer.DueAt > b.Now || b.State.IsTerminal)
        {
            return null;
        }
        if (name.StartsWith(TimerNames.EvidenceTailPrefix, StringComparison.Ordinal))
        {
            EvidenceSteps.OnTailDue(b, name);
            return null;
        }
        switch (name)
        {
            case TimerNames.PublishNudge:
                b.Unschedule(name);
                b.Email("email:nudge", WorkflowEmails.PublishNudge(b.State, b.Now));
                break;
            case TimerNames.PublishDeadline:
                b.Update(s => s with { Escalations = s.Escalations + 1 });
                b.Email($"email:escalation:{b.State.Escalations}",
                    WorkflowEmails.SponsorEscalation(b.State, b.Now, settings.PublishDeadline));
                b.Schedule(name, NextAfter(timer.DueAt, settings.EscalationRepeat, b.Now));
                break;
            case TimerNames.WeeklyReview:
                WeeklyReview(b, timer, settings);
                break;
            case TimerNames.FollowUp:
                b.Unschedule(name);
                if (b.State.Phase == Phase.Tracking)
                {
                    b.MoveTo(Phase.FollowUp, System, "four-week follow-up review is due");
                }
                PreventionSteps.StartFollowUpCheck(b);
                CloseWhenDone(b);
                break;
            default:
                b.Unschedule(name);
                break;
        }
        return null;
    }

    /// <summary>Closes the workflow once the follow-up review has come and every action item is closed.</summary>
    public static void CloseWhenDone(DecisionBuilder b)
    {
        if (b.State.PostMortem.ActionItems.Any(i => i.IsOpen))
        {
            return;
        }
        b.Unschedule(TimerNames.WeeklyReview);
        if (b.State.Phase == Phase.FollowUp)
        {
            b.MoveTo(Phase.Closed, System, "follow-up held and every action item closed");
            b.Update(s => s with { Timers = [] });
        }
    }

    private static void WeeklyReview(DecisionBuilder b, ScheduledTimer timer, WorkflowSettings settings)
    {
        var open = b.State.PostMortem.ActionItems.Where(i => i.IsOpen).ToList();
        if (open.Count == 0)
        {
            b.Unschedule(timer.Name);
            return;
        }
        b.Update(s => s with { WeeklyReviews = s.WeeklyReviews + 1 });
        var round = b.State.WeeklyReviews;
        if (open.Any(i => i.TrackerLink is not null))
        {
            b.Enqueue($"sync:tickets:{round}", EffectKind.SyncTickets);
        }
        var today = DateOnly.FromDateTime(b.Now.UtcDateTime);
        b.Email($"email:weekly:{round}", WorkflowEmails.WeeklyDigest(b.State, today));
        var stalled = open.Where(i => i.Priority == ActionPriority.High && IsStalled(b.State, i, today, b.Now, settings)).ToList();
        if (stalled.Count > 0)
        {
            b.Email($"email:stalled:{round}", WorkflowEmails.StalledItemsEscalation(b.State, stalled, today));
        }
        b.Schedule(timer.Name, NextAfter(timer.DueAt, settings.WeeklyReview, b.Now));
    }

    private static bool IsStalled(PostMortemState state, ActionItem item, DateOnly today, DateTimeOffset now, WorkflowSettings settings)
    {
        if (item.Deadline < today)
        {
            return true;
        }
        var lastMove = state.ItemStatusChangedAt.TryGetValue(item.Id, out var changed) ? changed : state.PublishedAt ?? now;
        return now - lastMove >= settings.StallAfter;
    }

    /// <summary>The next occurrence after now, so a process that slept through several periods ticks once, not many times.</summary>
    private static DateTimeOffset NextAfter(DateTimeOffset due, TimeSpan period, DateTimeOffset now)
    {
        var next = due + period;
        if (next <= now)
        {
            var skipped = (long)Math.Floor((now - next) / period) + 1;
            next += period * skipped;
        }
        return next;
    }
}
