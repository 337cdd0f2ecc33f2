using PostMortemFlow.Domain.Insights;

namespace PostMortemFlow.Integrations.Effects;

/// <summary>Where the host keeps no list of post-mortems: the digest names no recurring factors.</summary>
public sealed class NoPostMortemFacts : IPostMortemFactsSource
{
    public Task<IReadOnlyList<PostMortemFacts>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PostMortemFacts>>([]);
}
