using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Insights;

namespace PostMortemFlow.Application.PostMortems;

/// <summary>What the list of post-mortems knows across them, for the insights, the recurring factors and the digest.</summary>
public static class CatalogFacts
{
    /// <summary>
    /// The facts of every post-mortem in the list the viewer may see; rows stored before the list kept them are left out until
    /// they next change.
    /// </summary>
    public static async Task<IReadOnlyList<PostMortemFacts>> FactsAsync(this IPostMortemCatalog catalog, Viewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. (await catalog.ListAsync(viewer, cancellationToken)).Select(r => r.Facts).OfType<PostMortemFacts>()];
    }
}
