using PostMortemFlow.Server.Persistence.Sqlite;

namespace PostMortemFlow.Server.Features.Catalog;

/// <summary>The list of post-mortems in the embedded mode's SQLite file.</summary>
public sealed class SqlitePostmortemCatalog(SqliteDatabase database) : IPostmortemCatalog
{
    private readonly SqliteSummaryTable<PostmortemSummary> _table = new(database, "postmortem_catalog", s => s.Id, s => s.StartedAt);

    public Task UpsertAsync(PostmortemSummary summary, CancellationToken cancellationToken = default) =>
        _table.UpsertAsync(summary, cancellationToken);

    public Task<IReadOnlyList<PostmortemSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        _table.ListAsync(cancellationToken);
}
