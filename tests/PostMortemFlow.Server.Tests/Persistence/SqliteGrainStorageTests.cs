using System.Text.Json;
using Microsoft.Data.Sqlite;
using Orleans.Runtime;
using Orleans.Storage;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Server.Persistence.Sqlite;

namespace PostMortemFlow.Server.Tests.Persistence;

public sealed class SqliteGrainStorageTests : IDisposable
{
    private const string StateName = "counter";
    private static readonly GrainId Grain = GrainId.Create("counter", "c-1");

    private readonly TempDatabase _temp = new();
    private readonly SqliteDatabase _database;
    private readonly SqliteGrainStorage _storage;

    public SqliteGrainStorageTests()
    {
        _database = StorageFactory.Database(_temp.FilePath);
        _storage = StorageFactory.GrainStorage(_database);
    }

    public void Dispose()
    {
        _database.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task Read_MissingRecord_HasNoETagAndNoRecord()
    {
        var state = new GrainState<CounterState>(new CounterState());

        await _storage.ReadStateAsync(StateName, Grain, state);

        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        Assert.True(File.Exists(_temp.FilePath));
    }

    [Fact]
    public async Task Write_NewRecord_SetsETagAndReadsBack()
    {
        var state = new GrainState<CounterState>(new CounterState { Value = 7, Label = "seven" });

        await _storage.WriteStateAsync(StateName, Grain, state);

        Assert.False(string.IsNullOrEmpty(state.ETag));
        Assert.True(state.RecordExists);
        var read = await ReadAsync();
        Assert.Equal(state.ETag, read.ETag);
        Assert.True(read.RecordExists);
        Assert.Equal(7, read.State!.Value);
        Assert.Equal("seven", read.State!.Label);
    }

    [Fact]
    public async Task Write_WithCurrentETag_ReplacesStateAndChangesETag()
    {
        var state = new GrainState<CounterState>(new CounterState { Value = 1 });
        await _storage.WriteStateAsync(StateName, Grain, state);
        var first = state.ETag;

        state.State!.Value = 2;
        await _storage.WriteStateAsync(StateName, Grain, state);

        Assert.NotEqual(first, state.ETag);
        Assert.Equal(2, (await ReadAsync()).State!.Value);
    }

    [Fact]
    public async Task Write_NewRecordWhenOneExists_ThrowsInconsistentState()
    {
        var existing = new GrainState<CounterState>(new CounterState { Value = 1 });
        await _storage.WriteStateAsync(StateName, Grain, existing);

        var stale = new GrainState<CounterState>(new CounterState { Value = 99 });
        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync(StateName, Grain, stale));

        Assert.Equal(existing.ETag, error.StoredEtag);
        Assert.Null(stale.ETag);
        Assert.Equal(1, (await ReadAsync()).State!.Value);
    }

    [Fact]
    public async Task Write_StaleETag_ThrowsInconsistentStateAndKeepsStoredState()
    {
        var winner = new GrainState<CounterState>(new CounterState { Value = 1 });
        await _storage.WriteStateAsync(StateName, Grain, winner);
        var loser = await ReadAsync();
        winner.State!.Value = 2;
        await _storage.WriteStateAsync(StateName, Grain, winner);

        loser.State!.Value = 3;
        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync(StateName, Grain, loser));

        Assert.Equal(winner.ETag, error.StoredEtag);
        Assert.Equal(loser.ETag, error.CurrentEtag);
        Assert.Equal(2, (await ReadAsync()).State!.Value);
    }

    [Fact]
    public async Task Write_ETagForMissingRecord_ThrowsInconsistentState()
    {
        var state = new GrainState<CounterState>(new CounterState()) { ETag = "made-up" };

        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync(StateName, Grain, state));

        Assert.Null(error.StoredEtag);
        Assert.False((await ReadAsync()).RecordExists);
    }

    [Fact]
    public async Task Clear_WithCurrentETag_DeletesRecord()
    {
        var state = new GrainState<CounterState>(new CounterState { Value = 5 });
        await _storage.WriteStateAsync(StateName, Grain, state);

        await _storage.ClearStateAsync(StateName, Grain, state);

        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        var read = await ReadAsync();
        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
        Assert.Equal(0, await CountRowsAsync());
    }

    [Fact]
    public async Task Clear_StaleETag_ThrowsInconsistentStateAndKeepsRecord()
    {
        var winner = new GrainState<CounterState>(new CounterState { Value = 1 });
        await _storage.WriteStateAsync(StateName, Grain, winner);
        var loser = await ReadAsync();
        await _storage.WriteStateAsync(StateName, Grain, winner);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.ClearStateAsync(StateName, Grain, loser));

        Assert.Equal(winner.ETag, error.StoredEtag);
        Assert.True((await ReadAsync()).RecordExists);
    }

    [Fact]
    public async Task Clear_WithoutETagWhenRecordExists_ThrowsInconsistentState()
    {
        await _storage.WriteStateAsync(StateName, Grain, new GrainState<CounterState>(new CounterState { Value = 1 }));

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => _storage.ClearStateAsync(StateName, Grain, new GrainState<CounterState>(new CounterState())));

        Assert.True((await ReadAsync()).RecordExists);
    }

    [Fact]
    public async Task Clear_NeverWrittenRecord_IsNoOp()
    {
        var state = new GrainState<CounterState>(new CounterState());

        await _storage.ClearStateAsync(StateName, Grain, state);

        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
    }

    [Fact]
    public async Task Records_AreKeyedByStateNameAndGrain()
    {
        var other = GrainId.Create("counter", "c-2");
        await _storage.WriteStateAsync(StateName, Grain, new GrainState<CounterState>(new CounterState { Value = 1 }));
        await _storage.WriteStateAsync("other-state", Grain, new GrainState<CounterState>(new CounterState { Value = 2 }));
        await _storage.WriteStateAsync(StateName, other, new GrainState<CounterState>(new CounterState { Value = 3 }));

        Assert.Equal(1, (await ReadAsync()).State!.Value);
        var otherState = new GrainState<CounterState>(new CounterState());
        await _storage.ReadStateAsync("other-state", Grain, otherState);
        Assert.Equal(2, otherState.State!.Value);
        await _storage.ReadStateAsync(StateName, other, otherState);
        Assert.Equal(3, otherState.State!.Value);
    }

    [Fact]
    public async Task ConcurrentWriters_FromTwoDatabaseInstances_ExactlyOneWins()
    {
        // Two accessors on one file stand for two silos or processes sharing the embedded database.
        using var secondDatabase = StorageFactory.Database(_temp.FilePath);
        var second = StorageFactory.GrainStorage(secondDatabase);
        var seed = new GrainState<CounterState>(new CounterState { Value = 0 });
        await _storage.WriteStateAsync(StateName, Grain, seed);

        var outcomes = await RaceAsync(second, seed.ETag);
        Assert.Equal(1, outcomes.Count(o => o is null));
        Assert.All(outcomes.Where(o => o is not null), o => Assert.IsType<InconsistentStateException>(o));

        var stored = await ReadAsync();
        Assert.InRange(stored.State!.Value, 1, 16);
    }

    [Fact]
    public async Task ConcurrentCreators_FromTwoDatabaseInstances_ExactlyOneWins()
    {
        using var secondDatabase = StorageFactory.Database(_temp.FilePath);
        var second = StorageFactory.GrainStorage(secondDatabase);

        var outcomes = await RaceAsync(second, etag: null);

        Assert.Equal(1, outcomes.Count(o => o is null));
        Assert.All(outcomes.Where(o => o is not null), o => Assert.IsType<InconsistentStateException>(o));
    }

    [Fact]
    public async Task PostMortem_RoundTripsThroughStorage()
    {
        var original = SampleData.PostMortem();
        var state = new GrainState<PostMortem>(original);

        await _storage.WriteStateAsync("postmortem", GrainId.Create("postmortem", "pm-1"), state);
        // A new accessor, as after a restart: nothing is served from memory.
        using var reopened = StorageFactory.Database(_temp.FilePath);
        var read = new GrainState<PostMortem>(new PostMortem());
        await StorageFactory.GrainStorage(reopened).ReadStateAsync("postmortem", GrainId.Create("postmortem", "pm-1"), read);

        var back = read.State!;
        Assert.True(read.RecordExists);
        Assert.Equal(JsonSerializer.Serialize(original), JsonSerializer.Serialize(back));
        Assert.Equal(original.Incident with { AffectedServices = back.Incident.AffectedServices }, back.Incident);
        Assert.Equal(["checkout", "payments"], back.Incident.AffectedServices);
        Assert.Equal(new DateOnly(2026, 4, 1), back.ActionItems[0].Deadline);
        Assert.Equal(ActionPriority.High, back.ActionItems[0].Priority);
        Assert.Equal(18_250.75m, back.Impact.EstimatedRevenueImpact);
        Assert.Equal(TimelineEntryKind.Mitigated, back.Timeline[1].Kind);
        Assert.Equal(["why 1", "why 2", "why 3"], back.Analysis.Factors[0].Whys);
        Assert.Equal(new DateOnly(2026, 3, 6), back.ReviewedOn);
    }

    [Fact]
    public async Task Database_UsesWriteAheadLogAndCreatesItsFolder()
    {
        Assert.False(Directory.Exists(Path.GetDirectoryName(_temp.FilePath)));

        await _database.EnsureCreatedAsync();

        await using var connection = new SqliteConnection($"Data Source={_temp.FilePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Database_WithoutPath_IsRejected(string path)
    {
        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => StorageFactory.Database(path));
        Assert.Contains(nameof(SqliteStorageOptions.DatabasePath), error.Message);
    }

    private async Task<Exception?[]> RaceAsync(SqliteGrainStorage second, string? etag)
    {
        var storages = new[] { _storage, second };
        var writers = Enumerable.Range(1, 16).Select(i => Task.Run(async () =>
        {
            var state = new GrainState<CounterState>(new CounterState { Value = i }) { ETag = etag, RecordExists = etag is not null };
            try
            {
                await storages[i % 2].WriteStateAsync(StateName, Grain, state);
                return null;
            }
            catch (Exception error)
            {
                return error;
            }
        }));
        return await Task.WhenAll(writers);
    }

    private async Task<GrainState<CounterState>> ReadAsync()
    {
        var state = new GrainState<CounterState>(new CounterState());
        await _storage.ReadStateAsync(StateName, Grain, state);
        return state;
    }

    private async Task<long> CountRowsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_temp.FilePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM grain_state;";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
