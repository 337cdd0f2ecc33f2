using PostMortemFlow.Server.Features.Catalog;
using PostMortemFlow.Server.Persistence.Sqlite;

namespace PostMortemFlow.Server.Features.Incidents;

/// <summary>The incident list in the embedded mode's SQLite file.</summary>
public sealed class SqliteIncidentCatalog(SqliteDatabase database) : IIncidentCatalog
{
    private readonly SqliteSummaryTable<IncidentSummary> _table = new(database, "incident_catalog", s => s.Key, s => s.LastSeenAt);

    public Task UpsertAsync(IncidentSummary summary, CancellationToken cancellationToken = default) =>
        _table.UpsertAsync(summary, cancellationToken);

    public Task<IReadOnlyList<IncidentSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        _table.ListAsync(cancellationToken);
}
