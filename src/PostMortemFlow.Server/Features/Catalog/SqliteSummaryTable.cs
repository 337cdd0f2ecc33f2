using System.Text.Json;
using PostMortemFlow.Server.Persistence.Sqlite;

namespace PostMortemFlow.Server.Features.Catalog;

/// <summary>A list of JSON summaries in the embedded mode's SQLite file: one row per key, newest first.</summary>
public sealed class SqliteSummaryTable<T>(SqliteDatabase database, string table, Func<T, string> keyOf, Func<T, DateTimeOffset> timeOf)
{
    // The table name is one of this project's constants, never user input.
    private string CreateTable => $"""
        CREATE TABLE IF NOT EXISTS {table} (
            key     TEXT PRIMARY KEY,
            sort_at TEXT NOT NULL,
            summary TEXT NOT NULL
        ) WITHOUT ROWID;
        """;

    public Task UpsertAsync(T summary, CancellationToken cancellationToken = default) =>
        database.RunWriteAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = CreateTable + $"""
                INSERT INTO {table} (key, sort_at, summary) VALUES ($key, $at, $summary)
                ON CONFLICT (key) DO UPDATE SET sort_at = excluded.sort_at, summary = excluded.summary;
                """;
            command.Parameters.AddWithValue("$key", keyOf(summary));
            command.Parameters.AddWithValue("$at", timeOf(summary).UtcDateTime.ToString("O"));
            command.Parameters.AddWithValue("$summary", JsonSerializer.Serialize(summary, CatalogJson.Options));
            return command.ExecuteNonQuery();
        }, cancellationToken);

    public Task<IReadOnlyList<T>> ListAsync(CancellationToken cancellationToken = default) =>
        database.RunAsync<IReadOnlyList<T>>(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = CreateTable + $"SELECT summary FROM {table} ORDER BY sort_at DESC, key;";
            using var reader = command.ExecuteReader();
            var list = new List<T>();
            while (reader.Read())
            {
                list.Add(JsonSerializer.Deserialize<T>(reader.GetString(0), CatalogJson.Options)!);
            }
            return list;
        }, cancellationToken);
}
