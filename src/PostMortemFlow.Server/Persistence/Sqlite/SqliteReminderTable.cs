using System.Globalization;
using Microsoft.Data.Sqlite;
using Orleans.Runtime;

namespace PostMortemFlow.Server.Persistence.Sqlite;

/// <summary>
/// Orleans reminder table in the embedded mode's SQLite file: one row per (grain, reminder name), found by
/// grain or by the grain's uniform hash so each silo loads the reminders of its ring range.
/// </summary>
public sealed class SqliteReminderTable : IReminderTable
{
    private const string Columns = "grain_id, reminder_name, start_at, period_ticks, etag";

    private readonly SqliteDatabase _database;

    /// <summary>Creates the table accessor over <paramref name="database"/>.</summary>
    public SqliteReminderTable(SqliteDatabase database) => _database = database;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken = default) => _database.EnsureCreatedAsync(cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public Task<ReminderTableData> ReadRows(GrainId grainId) => ReadRows(grainId, CancellationToken.None);

    /// <inheritdoc />
    public Task<ReminderTableData> ReadRows(GrainId grainId, CancellationToken cancellationToken) =>
        _database.RunAsync(
            connection => Query(
                connection,
                $"SELECT {Columns} FROM reminders WHERE grain_id = $grain;",
                command => command.Parameters.AddWithValue("$grain", grainId.ToString())),
            cancellationToken);

    /// <inheritdoc />
    public Task<ReminderTableData> ReadRows(uint begin, uint end) => ReadRows(begin, end, CancellationToken.None);

    /// <inheritdoc />
    public Task<ReminderTableData> ReadRows(uint begin, uint end, CancellationToken cancellationToken)
    {
        // The ring range is (begin, end]; when begin >= end it wraps past uint.MaxValue (begin == end is the
        // whole ring). Hashes are stored as their non-negative uint value in SQLite's 64-bit integers.
        var sql = begin < end
            ? $"SELECT {Columns} FROM reminders WHERE grain_hash > $begin AND grain_hash <= $end;"
            : $"SELECT {Columns} FROM reminders WHERE grain_hash > $begin OR grain_hash <= $end;";
        return _database.RunAsync(
            connection => Query(
                connection,
                sql,
                command =>
                {
                    command.Parameters.AddWithValue("$begin", (long)begin);
                    command.Parameters.AddWithValue("$end", (long)end);
                }),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName) => ReadRow(grainId, reminderName, CancellationToken.None);

    /// <inheritdoc />
    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName, CancellationToken cancellationToken) =>
        _database.RunAsync(
            connection => Query(
                connection,
                $"SELECT {Columns} FROM reminders WHERE grain_id = $grain AND reminder_name = $name;",
                command =>
                {
                    command.Parameters.AddWithValue("$grain", grainId.ToString());
                    command.Parameters.AddWithValue("$name", reminderName);
                }).Reminders.SingleOrDefault(),
            cancellationToken);

    /// <inheritdoc />
    public Task<string?> UpsertRow(ReminderEntry entry) => UpsertRow(entry, CancellationToken.None);

    /// <inheritdoc />
    public async Task<string?> UpsertRow(ReminderEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var newETag = Guid.NewGuid().ToString("N");
        return await _database.RunWriteAsync(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = """
                    INSERT INTO reminders (grain_id, reminder_name, grain_hash, start_at, period_ticks, etag)
                    VALUES ($grain, $name, $hash, $start, $period, $etag)
                    ON CONFLICT (grain_id, reminder_name) DO UPDATE SET
                        grain_hash = excluded.grain_hash,
                        start_at = excluded.start_at,
                        period_ticks = excluded.period_ticks,
                        etag = excluded.etag;
                    """;
                command.Parameters.AddWithValue("$grain", entry.GrainId.ToString());
                command.Parameters.AddWithValue("$name", entry.ReminderName);
                command.Parameters.AddWithValue("$hash", (long)entry.GrainId.GetUniformHashCode());
                command.Parameters.AddWithValue("$start", entry.StartAt.ToString("O", CultureInfo.InvariantCulture));
                command.Parameters.AddWithValue("$period", entry.Period.Ticks);
                command.Parameters.AddWithValue("$etag", newETag);
                command.ExecuteNonQuery();
                return newETag;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag) =>
        RemoveRow(grainId, reminderName, eTag, CancellationToken.None);

    /// <inheritdoc />
    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag, CancellationToken cancellationToken) =>
        _database.RunWriteAsync(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "DELETE FROM reminders WHERE grain_id = $grain AND reminder_name = $name AND etag = $etag;";
                command.Parameters.AddWithValue("$grain", grainId.ToString());
                command.Parameters.AddWithValue("$name", reminderName);
                command.Parameters.AddWithValue("$etag", (object?)eTag ?? DBNull.Value);
                return command.ExecuteNonQuery() == 1;
            },
            cancellationToken);

    /// <inheritdoc />
    public Task TestOnlyClearTable() => TestOnlyClearTable(CancellationToken.None);

    /// <inheritdoc />
    public Task TestOnlyClearTable(CancellationToken cancellationToken) =>
        _database.RunWriteAsync(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "DELETE FROM reminders;";
                return command.ExecuteNonQuery();
            },
            cancellationToken);

    private static ReminderTableData Query(SqliteConnection connection, string sql, Action<SqliteCommand> bind)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        using var reader = command.ExecuteReader();
        var entries = new List<ReminderEntry>();
        while (reader.Read())
        {
            entries.Add(new ReminderEntry
            {
                GrainId = GrainId.Parse(reader.GetString(0)),
                ReminderName = reader.GetString(1),
                StartAt = DateTime.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                Period = TimeSpan.FromTicks(reader.GetInt64(3)),
                ETag = reader.GetString(4),
            });
        }

        return new ReminderTableData(entries);
    }
}
