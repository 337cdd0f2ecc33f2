using PostMortemFlow.Domain.Access;

namespace PostMortemFlow.Application.PostMortems;

/// <summary>The list of post-mortems as a viewer sees it: without the restricted ones they are not one of the people of.</summary>
public static class VisibleCatalog
{
    public static async Task<IReadOnlyList<PostMortemSummary>> ListAsync(this IPostMortemCatalog catalog, Viewer viewer, CancellationToken cancellationToken = default) =>
        [.. (await catalog.ListAsync(cancellationToken)).Where(r => r.IsVisibleTo(viewer))];
}
