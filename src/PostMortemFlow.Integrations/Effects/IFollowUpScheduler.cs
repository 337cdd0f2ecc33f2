using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Integrations.Effects;

/// <summary>Schedules the follow-up review (checklist item 7). Calling twice with the same key schedules it once.</summary>
public interface IFollowUpScheduler
{
    Task ScheduleAsync(PostMortemState state, DateTimeOffset at, string idempotencyKey, CancellationToken cancellationToken = default);
}
