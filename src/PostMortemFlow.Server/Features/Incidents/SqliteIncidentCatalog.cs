using System.Text.Json;
using PostMortemFlow.Server.Features.Catalog;
using PostMortemFlow.Server.Persistence.Sqlite;

namespace PostMortemFlow.Server.Features.Incidents;

/// <summary>The incident list in the embedded mode's SQLite file.</summary>
public sealed class SqliteIncidentCatalog(SqliteDatabase database) : IIncidentCatalog
{
    private const string CreateTable = """
        CREATE TABLE IF NOT EXISTS incident_catalog (
            incident_key TEXT PRIMARY KEY,
            last_seen_at TEXT NOT NULL,
            summary      TEXT NOT NULL
        ) WITHOUT ROWID;
        """;

    public Task UpsertAsync(IncidentSummary summary, CancellationToken cancellationToken = default) =>
        database.RunAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = CreateTable + """
                INSERT INTO incident_catalog (incident_key, last_seen_at, summary) VALUES ($key, $seen, $summary)
                ON CONFLICT (incident_key) DO UPDATE SET last_seen_at = excluded.last_seen_at, summary = excluded.summary;
                """;
            command.Parameters.AddWithValue("$key", summary.Key);
            command.Parameters.AddWithValue("$seen", summary.LastSeenAt.UtcDateTime.ToString("O"));
            command.Parameters.AddWithValue("$summary", JsonSerializer.Serialize(summary, CatalogJson.Options));
            return command.ExecuteNonQuery();
        }, cancellationToken);

    public Task<IReadOnlyList<IncidentSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        database.RunAsync<IReadOnlyList<IncidentSummary>>(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = CreateTable + "SELECT summary FROM incident_catalog ORDER BY last_seen_at DESC, incident_key;";
            using var reader = command.ExecuteReader();
            var list = new List<IncidentSummary>();
            while (reader.Read())
            {
                list.Add(JsonSerializer.Deserialize<IncidentSummary>(reader.GetString(0), CatalogJson.Options)!);
            }
            return list;
        }, cancellationToken);
}
