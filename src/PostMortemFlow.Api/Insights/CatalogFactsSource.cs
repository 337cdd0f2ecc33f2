using PostMortemFlow.Application.PostMortems;
using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Insights;
using PostMortemFlow.Integrations.Effects;

namespace PostMortemFlow.Api.Insights;

/// <summary>
/// The facts the host's list of post-mortems keeps, for the effects that read across post-mortems; restricted ones are in it,
/// marked, for the effect to leave out (<see cref="DigestRecurringFactors"/>).
/// </summary>
public sealed class CatalogFactsSource(IPostMortemCatalog catalog) : IPostMortemFactsSource
{
    public Task<IReadOnlyList<PostMortemFacts>> ListAsync(CancellationToken cancellationToken = default) =>
        catalog.FactsAsync(Viewer.Local, cancellationToken);
}
