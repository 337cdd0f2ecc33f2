using System.Text.Json;
using PostMortemFlow.Server.Persistence.Sqlite;

namespace PostMortemFlow.Server.Features.Catalog;

/// <summary>The list of post-mortems in the embedded mode's SQLite file.</summary>
public sealed class SqlitePostmortemCatalog(SqliteDatabase database) : IPostmortemCatalog
{
    private const string CreateTable = """
        CREATE TABLE IF NOT EXISTS postmortem_catalog (
            id         TEXT PRIMARY KEY,
            started_at TEXT NOT NULL,
            summary    TEXT NOT NULL
        ) WITHOUT ROWID;
        """;

    public Task UpsertAsync(PostmortemSummary summary, CancellationToken cancellationToken = default) =>
        database.RunWriteAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = CreateTable + """
                INSERT INTO postmortem_catalog (id, started_at, summary) VALUES ($id, $started, $summary)
                ON CONFLICT (id) DO UPDATE SET started_at = excluded.started_at, summary = excluded.summary;
                """;
            command.Parameters.AddWithValue("$id", summary.Id);
            command.Parameters.AddWithValue("$started", summary.StartedAt.UtcDateTime.ToString("O"));
            command.Parameters.AddWithValue("$summary", JsonSerializer.Serialize(summary, CatalogJson.Options));
            return command.ExecuteNonQuery();
        }, cancellationToken);

    public Task<IReadOnlyList<PostmortemSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        database.RunAsync<IReadOnlyList<PostmortemSummary>>(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = CreateTable + "SELECT summary FROM postmortem_catalog ORDER BY started_at DESC, id;";
            using var reader = command.ExecuteReader();
            var list = new List<PostmortemSummary>();
            while (reader.Read())
            {
                list.Add(JsonSerializer.Deserialize<PostmortemSummary>(reader.GetString(0), CatalogJson.Options)!);
            }
            return list;
        }, cancellationToken);
}
