using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Workflow;

/// <summary>What an effect of the outbox reports back: done (with what it learned) or failed (retried with back-off).</summary>
internal static class OutboxSteps
{
    internal static Rejection? OnEffectSucceeded(DecisionBuilder b, EffectSucceeded c, WorkflowSettings settings)
    {
        var entry = b.State.Outbox.Find(e => e.Id == c.EffectId);
        if (entry is null)
        {
            return null;
        }
        b.Update(s => s with
        {
            Outbox = s.Outbox.Remove(entry),
            Completed = s.Completed.Add(new CompletedEffect
            {
                Id = entry.Id, Kind = entry.Kind, CompletedAt = b.Now, Attempts = entry.Attempts + 1,
                Summary = entry.Email is { } email ? $"{email.Purpose} to {string.Join(", ", email.To)}" : $"{entry.Kind} {entry.Target}".Trim(),
            }),
        });
        // A follow-up check may land after the workflow closed (every item was closed by then): its result is still kept.
        if (c.Outcome is null || (b.State.IsTerminal && !(b.State.Phase == Phase.Closed && c.Outcome is RecurrenceChecked)))
        {
            return null;
        }
        var outcome = PostMortemDecider.Decide(b.State, c.Outcome, b.Now, settings);
        if (!outcome.IsRejected)
        {
            b.Update(_ => outcome.State);
        }
        return null;
    }

    internal static Rejection? OnEffectFailed(DecisionBuilder b, EffectFailed c, WorkflowSettings settings)
    {
        var entry = b.State.Outbox.Find(e => e.Id == c.EffectId);
        if (entry is null)
        {
            return null;
        }
        var attempts = entry.Attempts + 1;
        var failed = entry with { Attempts = attempts, LastError = c.Error, NextAttemptAt = b.Now + settings.RetryDelay(attempts) };
        b.Update(s => s with { Outbox = s.Outbox.Replace(entry, failed) });
        return null;
    }
}
