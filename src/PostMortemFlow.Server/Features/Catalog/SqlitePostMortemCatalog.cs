using PostMortemFlow.Server.Persistence.Sqlite;

namespace PostMortemFlow.Server.Features.Catalog;

/// <summary>The list of post-mortems in the embedded mode's SQLite file.</summary>
public sealed class SqlitePostMortemCatalog(SqliteDatabase database) : IPostMortemCatalog
{
    private readonly SqliteSummaryTable<PostMortemSummary> _table = new(database, "postmortem_catalog", s => s.Id, s => s.StartedAt);

    public Task UpsertAsync(PostMortemSummary summary, CancellationToken cancellationToken = default) =>
        _table.UpsertAsync(summary, cancellationToken);

    public Task<IReadOnlyList<PostMortemSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        _table.ListAsync(cancellationToken);
}
