using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Integrations.Effects;

/// <summary>Drafts one round of suggestions; never throws for the model's sake: unavailable is an answer too.</summary>
public interface ISuggestionDrafter
{
    Task<SuggestionsDrafted> DraftAsync(PostMortemState state, int round, CancellationToken cancellationToken = default);
}
