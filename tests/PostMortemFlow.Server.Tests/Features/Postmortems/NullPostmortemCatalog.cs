using PostMortemFlow.Server.Features.Catalog;

namespace PostMortemFlow.Server.Tests.Features.Postmortems;

public sealed class NullPostmortemCatalog : IPostmortemCatalog
{
    public Task UpsertAsync(PostmortemSummary summary, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<IReadOnlyList<PostmortemSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PostmortemSummary>>([]);
}
