using System.Globalization;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace PostMortemFlow.Server.Persistence.Sqlite;

/// <summary>
/// The SQLite file of the embedded mode: opens connections configured for durability (WAL journal,
/// <c>synchronous=FULL</c>, so an acknowledged write survives a killed process) and creates the schema once.
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    private const int SchemaVersion = 1;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS grain_state (
            state_name TEXT NOT NULL,
            grain_id   TEXT NOT NULL,
            etag       TEXT NOT NULL,
            payload    BLOB NOT NULL,
            PRIMARY KEY (state_name, grain_id)
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS reminders (
            grain_id      TEXT    NOT NULL,
            reminder_name TEXT    NOT NULL,
            grain_hash    INTEGER NOT NULL,
            start_at      TEXT    NOT NULL,
            period_ticks  INTEGER NOT NULL,
            etag          TEXT    NOT NULL,
            PRIMARY KEY (grain_id, reminder_name)
        ) WITHOUT ROWID;

        CREATE INDEX IF NOT EXISTS reminders_by_grain_hash ON reminders (grain_hash);
        """;

    private readonly string _connectionString;
    private readonly int _busyTimeoutMs;
    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private readonly Channel<PendingWrite> _writes = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lazy<Task> _writer;
    private volatile bool _schemaReady;

    /// <summary>At most this many writes share one transaction, so one slow batch cannot hold every caller.</summary>
    private const int MaxBatch = 256;

    /// <summary>Creates the database accessor; nothing touches the disk until first use.</summary>
    /// <exception cref="OptionsValidationException">The options are not valid.</exception>
    public SqliteDatabase(SqliteStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var validation = new SqliteStorageOptionsValidator().Validate(Options.DefaultName, options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(SqliteStorageOptions), validation.Failures);
        }

        DatabasePath = Path.GetFullPath(options.DatabasePath);
        _writer = new Lazy<Task>(() => Task.Run(WriteLoopAsync));
        _busyTimeoutMs = (int)options.BusyTimeout.TotalMilliseconds;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
        }.ToString();
    }

    /// <summary>Full path of the database file.</summary>
    public string DatabasePath { get; }

    /// <summary>Creates the folder, the file and the schema when missing; idempotent and safe to call concurrently.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        if (_schemaReady)
        {
            return;
        }

        await _schemaLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_schemaReady)
            {
                return;
            }

            await Task.Run(CreateSchema, cancellationToken).ConfigureAwait(false);
            _schemaReady = true;
        }
        finally
        {
            _schemaLock.Release();
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> on a thread-pool thread with an open connection. Microsoft.Data.Sqlite
    /// is synchronous underneath, so this keeps disk waits (fsync, lock waits) off the Orleans scheduler.
    /// </summary>
    internal async Task<T> RunAsync<T>(Func<SqliteConnection, T> work, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        return await Task.Run(
            () =>
            {
                using var connection = Open();
                return work(connection);
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Like <see cref="RunAsync{T}"/> for work that writes, with group commit: SQLite admits one writer per file, so
    /// the writes that arrive while one transaction commits wait and then go together, each in a savepoint of one
    /// transaction, with one fsync for all. A write's task completes only after that commit (<c>synchronous=FULL</c>),
    /// so what is acknowledged is on disk; one that throws is rolled back to its savepoint and fails alone.
    /// <c>busy_timeout</c> still covers writers in other processes.
    /// </summary>
    internal async Task<T> RunWriteAsync<T>(Func<SqliteConnection, T> work, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var write = new PendingWrite(connection => work(connection), cancellationToken);
        _ = _writer.Value;
        await _writes.Writer.WriteAsync(write, cancellationToken).ConfigureAwait(false);
        return (T)(await write.Result.Task.WaitAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Takes what has queued up, at most <see cref="MaxBatch"/> writes, and commits them together; forever.</summary>
    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingWrite>(MaxBatch);
        while (await _writes.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < MaxBatch && _writes.Reader.TryRead(out var write))
            {
                if (write.Cancellation.IsCancellationRequested)
                {
                    write.Result.TrySetCanceled(write.Cancellation);
                    continue;
                }
                batch.Add(write);
            }
            if (batch.Count > 0)
            {
                Commit(batch);
                batch.Clear();
            }
        }
    }

    private void Commit(List<PendingWrite> batch)
    {
        var results = new object?[batch.Count];
        var failures = new Exception?[batch.Count];
        try
        {
            using var connection = Open();
            Execute(connection, "BEGIN IMMEDIATE;");
            try
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    Execute(connection, "SAVEPOINT pending_write;");
                    try
                    {
                        results[i] = batch[i].Work(connection);
                        Execute(connection, "RELEASE pending_write;");
                    }
                    catch (Exception failure) when (failure is not OutOfMemoryException)
                    {
                        failures[i] = failure;
                        Execute(connection, "ROLLBACK TO pending_write; RELEASE pending_write;");
                    }
                }
                Execute(connection, "COMMIT;");
            }
            catch
            {
                Execute(connection, "ROLLBACK;");
                throw;
            }
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            batch.ForEach(write => write.Result.TrySetException(failure));
            return;
        }
        for (var i = 0; i < batch.Count; i++)
        {
            if (failures[i] is { } failure)
            {
                batch[i].Result.TrySetException(failure);
            }
            else
            {
                batch[i].Result.TrySetResult(results[i]);
            }
        }
    }

    /// <summary>Reads and writes one row of its own (table <c>readiness_probe</c>): throws when the file cannot be written.</summary>
    internal Task ProbeAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        RunWriteAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE IF NOT EXISTS readiness_probe (id INTEGER PRIMARY KEY CHECK (id = 1), probed_at TEXT NOT NULL);
                INSERT INTO readiness_probe (id, probed_at) VALUES (1, $at) ON CONFLICT (id) DO UPDATE SET probed_at = excluded.probed_at;
                SELECT probed_at FROM readiness_probe WHERE id = 1;
                """;
            command.Parameters.AddWithValue("$at", now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
            return command.ExecuteScalar();
        }, cancellationToken);

    /// <summary>Releases the pooled connections to the file.</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        _writes.Writer.TryComplete();
        _schemaLock.Dispose();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            // Both settings are per connection; running them on every open also covers pooled connections.
            Execute(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {_busyTimeoutMs}; PRAGMA synchronous = FULL;"));
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private void CreateSchema()
    {
        var folder = Path.GetDirectoryName(DatabasePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        using var connection = Open();
        using (var journal = connection.CreateCommand())
        {
            journal.CommandText = "PRAGMA journal_mode = WAL;";
            var mode = journal.ExecuteScalar() as string;
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"SQLite refused write-ahead logging for the database file (journal mode '{mode}').");
            }
        }

        using var transaction = connection.BeginTransaction();
        using (var create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            create.CommandText = Schema;
            create.ExecuteNonQuery();
        }

        using (var version = connection.CreateCommand())
        {
            version.Transaction = transaction;
            version.CommandText = "PRAGMA user_version;";
            var current = Convert.ToInt32(version.ExecuteScalar(), CultureInfo.InvariantCulture);
            if (current > SchemaVersion)
            {
                throw new InvalidOperationException($"The database file has schema version {current}; this build knows up to {SchemaVersion}.");
            }

            if (current < SchemaVersion)
            {
                version.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {SchemaVersion};");
                version.ExecuteNonQuery();
            }
        }

        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
