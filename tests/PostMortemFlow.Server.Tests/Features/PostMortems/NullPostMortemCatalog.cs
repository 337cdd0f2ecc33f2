using PostMortemFlow.Server.Features.Catalog;

namespace PostMortemFlow.Server.Tests.Features.PostMortems;

public sealed class NullPostMortemCatalog : IPostMortemCatalog
{
    public Task UpsertAsync(PostMortemSummary summary, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<IReadOnlyList<PostMortemSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PostMortemSummary>>([]);
}
