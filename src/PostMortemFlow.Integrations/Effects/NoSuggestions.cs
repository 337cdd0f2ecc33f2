using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Integrations.Effects;

/// <summary>Drafting when no model is configured: every round is unavailable, and says why.</summary>
public sealed class NoSuggestions : ISuggestionDrafter
{
    public const string Reason = "Drafting suggestions are off: no model is configured (Drafting:Provider).";

    public Task<SuggestionsDrafted> DraftAsync(PostMortemState state, int round, CancellationToken cancellationToken = default) =>
        Task.FromResult(new SuggestionsDrafted(round, DraftingStatus.Unavailable, Reason, [], [], 0));
}
