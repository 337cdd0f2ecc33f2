using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Integrations.Effects;

/// <summary>Adds a comment to an action item's ticket. Calling twice with the same key adds one comment.</summary>
public interface ITicketCommenter
{
    /// <returns>False when the tracker has no comments (the verdict stays on the post-mortem's pages only).</returns>
    Task<bool> CommentAsync(PostMortemState state, ActionItem item, string text, string idempotencyKey, CancellationToken cancellationToken = default);
}
