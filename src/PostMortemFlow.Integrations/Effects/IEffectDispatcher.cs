using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Integrations.Effects;

/// <summary>Runs one outbox effect with the executor configured for its kind.</summary>
public interface IEffectDispatcher
{
    /// <returns>What the effect learned, for the workflow (a ticket link, a report location, collected evidence), or null.</returns>
    Task<PostMortemCommand?> ExecuteAsync(OutboxEntry entry, PostMortemState state, CancellationToken cancellationToken);
}
