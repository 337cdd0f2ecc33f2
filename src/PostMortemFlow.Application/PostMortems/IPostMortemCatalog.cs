namespace PostMortemFlow.Application.PostMortems;

/// <summary>The list of post-mortems, kept beside the grains' state so listing never activates every grain.</summary>
public interface IPostMortemCatalog
{
    Task UpsertAsync(PostMortemSummary summary, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PostMortemSummary>> ListAsync(CancellationToken cancellationToken = default);
}
