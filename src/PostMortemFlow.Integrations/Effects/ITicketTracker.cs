using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Integrations.Effects;

/// <summary>Turns an action item into a ticket. Calling twice with the same key creates one ticket. Returns its link.</summary>
public interface ITicketTracker
{
    Task<string> CreateTicketAsync(PostMortemState state, ActionItem item, string idempotencyKey, CancellationToken cancellationToken = default);
}
