using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Integrations.Effects;

/// <summary>Reads the status of the action items' tickets back from the tracker (the weekly sync).</summary>
public interface ITicketStatusSource
{
    /// <returns>The status of each tracked action item the tracker knows, keyed by action item id.</returns>
    Task<ImmutableDictionary<string, ActionItemStatus>> ReadStatusesAsync(PostMortemState state, CancellationToken cancellationToken = default);
}
