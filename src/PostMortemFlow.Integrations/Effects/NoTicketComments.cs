using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Integrations.Effects;

/// <summary>A tracker without comments through this integration (Planner tasks): the verdict is shown on the post-mortem only.</summary>
public sealed class NoTicketComments : ITicketCommenter
{
    public Task<bool> CommentAsync(PostMortemState state, ActionItem item, string text, string idempotencyKey, CancellationToken cancellationToken = default) =>
        Task.FromResult(false);
}
