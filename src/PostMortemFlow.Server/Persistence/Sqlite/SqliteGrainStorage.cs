using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Orleans.Storage;

namespace PostMortemFlow.Server.Persistence.Sqlite;

/// <summary>
/// Orleans grain storage in the embedded mode's SQLite file, keyed by (state name, grain id), with ETag
/// optimistic concurrency: a write or clear succeeds only when the caller's ETag equals the stored one
/// (both absent for a new record), otherwise it throws <see cref="InconsistentStateException"/>.
/// </summary>
public sealed class SqliteGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private readonly string _name;
    private readonly SqliteDatabase _database;
    private readonly IGrainStorageSerializer _serializer;
    private readonly ILogger _logger;

    /// <summary>Creates the provider named <paramref name="name"/> over <paramref name="database"/>.</summary>
    public SqliteGrainStorage(string name, SqliteDatabase database, IGrainStorageSerializer serializer, ILogger<SqliteGrainStorage> logger)
    {
        _name = name;
        _database = database;
        _serializer = serializer;
        _logger = logger;
    }

    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(
            OptionFormattingUtilities.Name<SqliteGrainStorage>(_name),
            ServiceLifecycleStage.ApplicationServices,
            cancellationToken => _database.EnsureCreatedAsync(cancellationToken));

    /// <inheritdoc />
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <inheritdoc />
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <inheritdoc />
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    /// <inheritdoc />
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var key = grainId.ToString();
        try
        {
            var row = await _database.RunAsync(connection => ReadRow(connection, stateName, key), cancellationToken);
            if (row is null)
            {
                grainState.ETag = null;
                grainState.RecordExists = false;
                return;
            }

            grainState.State = _serializer.Deserialize<T>(new BinaryData(row.Value.Payload));
            grainState.ETag = row.Value.ETag;
            grainState.RecordExists = true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.LogError(exception, "Reading state {StateName} of grain {GrainId} from provider {Provider} failed", stateName, grainId, _name);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var key = grainId.ToString();
        var expected = NullIfEmpty(grainState.ETag);
        var payload = _serializer.Serialize(grainState.State).ToArray();
        var newETag = Guid.NewGuid().ToString("N");

        var (written, stored) = await _database.RunWriteAsync(
            connection =>
            {
                // One statement is the check and the write: SQLite serializes writers on the file, so two
                // silos or processes holding the same ETag cannot both match.
                using var command = connection.CreateCommand();
                command.CommandText = expected is null
                    ? """
                      INSERT INTO grain_state (state_name, grain_id, etag, payload) VALUES ($state, $grain, $new, $payload)
                      ON CONFLICT (state_name, grain_id) DO NOTHING;
                      """
                    : """
                      UPDATE grain_state SET etag = $new, payload = $payload
                      WHERE state_name = $state AND grain_id = $grain AND etag = $expected;
                      """;
                command.Parameters.AddWithValue("$state", stateName);
                command.Parameters.AddWithValue("$grain", key);
                command.Parameters.AddWithValue("$new", newETag);
                command.Parameters.AddWithValue("$payload", payload);
                if (expected is not null)
                {
                    command.Parameters.AddWithValue("$expected", expected);
                }

                return command.ExecuteNonQuery() == 1 ? (true, null) : (false, ReadRow(connection, stateName, key)?.ETag);
            },
            cancellationToken);

        if (!written)
        {
            throw Conflict(nameof(WriteStateAsync), stateName, grainId, stored, expected);
        }

        grainState.ETag = newETag;
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var key = grainId.ToString();
        var expected = NullIfEmpty(grainState.ETag);

        var (cleared, stored) = await _database.RunWriteAsync(
            connection =>
            {
                if (expected is null)
                {
                    // Clearing what was never written is a no-op, unless someone has written it since.
                    var existing = ReadRow(connection, stateName, key)?.ETag;
                    return (existing is null, existing);
                }

                using var command = connection.CreateCommand();
                command.CommandText = "DELETE FROM grain_state WHERE state_name = $state AND grain_id = $grain AND etag = $expected;";
                command.Parameters.AddWithValue("$state", stateName);
                command.Parameters.AddWithValue("$grain", key);
                command.Parameters.AddWithValue("$expected", expected);
                return command.ExecuteNonQuery() == 1 ? (true, null) : (false, ReadRow(connection, stateName, key)?.ETag);
            },
            cancellationToken);

        if (!cleared)
        {
            throw Conflict(nameof(ClearStateAsync), stateName, grainId, stored, expected);
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private InconsistentStateException Conflict(string operation, string stateName, GrainId grainId, string? stored, string? expected)
    {
        _logger.LogWarning(
            "ETag conflict in {Operation} of state {StateName} of grain {GrainId} (provider {Provider}): stored {StoredETag}, expected {ExpectedETag}",
            operation, stateName, grainId, _name, stored, expected);
        return new InconsistentStateException(
            $"Version conflict ({operation}): provider {_name}, state {stateName}, grain {grainId}, stored ETag '{stored}', expected ETag '{expected}'.",
            stored!,
            expected!);
    }

    private static (string ETag, byte[] Payload)? ReadRow(SqliteConnection connection, string stateName, string grainKey)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT etag, payload FROM grain_state WHERE state_name = $state AND grain_id = $grain;";
        command.Parameters.AddWithValue("$state", stateName);
        command.Parameters.AddWithValue("$grain", grainKey);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), (byte[])reader.GetValue(1)) : null;
    }

    private static string? NullIfEmpty(string? etag) => string.IsNullOrEmpty(etag) ? null : etag;
}
