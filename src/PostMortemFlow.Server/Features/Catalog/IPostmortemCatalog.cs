namespace PostMortemFlow.Server.Features.Catalog;

/// <summary>The list of post-mortems, kept beside the grains' state so listing never activates every grain.</summary>
public interface IPostmortemCatalog
{
    Task UpsertAsync(PostmortemSummary summary, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PostmortemSummary>> ListAsync(CancellationToken cancellationToken = default);
}
