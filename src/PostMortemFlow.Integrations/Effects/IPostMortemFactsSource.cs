using PostMortemFlow.Domain.Insights;

namespace PostMortemFlow.Integrations.Effects;

/// <summary>The facts of every post-mortem the host lists: what the weekly digest reads to name recurring factors.</summary>
public interface IPostMortemFactsSource
{
    Task<IReadOnlyList<PostMortemFacts>> ListAsync(CancellationToken cancellationToken = default);
}
