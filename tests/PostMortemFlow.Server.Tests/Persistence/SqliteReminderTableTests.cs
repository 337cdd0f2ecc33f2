using Orleans.Runtime;
using PostMortemFlow.Server.Persistence.Sqlite;

namespace PostMortemFlow.Server.Tests.Persistence;

public sealed class SqliteReminderTableTests : IAsyncLifetime
{
    private readonly TempDatabase _temp = new();
    private readonly SqliteDatabase _database;
    private readonly SqliteReminderTable _table;

    public SqliteReminderTableTests()
    {
        _database = StorageFactory.Database(_temp.FilePath);
        _table = new SqliteReminderTable(_database);
    }

    public Task InitializeAsync() => _table.StartAsync();

    public Task DisposeAsync()
    {
        _database.Dispose();
        _temp.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Upsert_NewReminder_ReturnsETagAndReadsBack()
    {
        var entry = Entry(GrainId.Create("pm", "a"), "publish-deadline");

        var etag = await _table.UpsertRow(entry);

        var read = await _table.ReadRow(entry.GrainId, "publish-deadline");
        Assert.NotNull(read);
        Assert.False(string.IsNullOrEmpty(etag));
        Assert.Equal(etag, read.ETag);
        Assert.Equal(entry.GrainId, read.GrainId);
        Assert.Equal(entry.StartAt, read.StartAt);
        Assert.Equal(DateTimeKind.Utc, read.StartAt.Kind);
        Assert.Equal(entry.Period, read.Period);
    }

    [Fact]
    public async Task Upsert_ExistingReminder_ReplacesItWithNewETag()
    {
        var grain = GrainId.Create("pm", "a");
        var first = await _table.UpsertRow(Entry(grain, "weekly-review"));

        var second = await _table.UpsertRow(Entry(grain, "weekly-review", period: TimeSpan.FromDays(7)));

        Assert.NotEqual(first, second);
        var rows = await _table.ReadRows(grain);
        var row = Assert.Single(rows.Reminders);
        Assert.Equal(second, row.ETag);
        Assert.Equal(TimeSpan.FromDays(7), row.Period);
    }

    [Fact]
    public async Task ReadRow_Missing_ReturnsNull()
    {
        Assert.Null(await _table.ReadRow(GrainId.Create("pm", "none"), "nothing"));
    }

    [Fact]
    public async Task Remove_WithCurrentETag_RemovesOnce()
    {
        var grain = GrainId.Create("pm", "a");
        var etag = await _table.UpsertRow(Entry(grain, "follow-up"));

        Assert.True(await _table.RemoveRow(grain, "follow-up", etag!));
        Assert.False(await _table.RemoveRow(grain, "follow-up", etag!));
        Assert.Null(await _table.ReadRow(grain, "follow-up"));
    }

    [Fact]
    public async Task Remove_WithStaleETag_KeepsReminder()
    {
        var grain = GrainId.Create("pm", "a");
        var stale = await _table.UpsertRow(Entry(grain, "follow-up"));
        await _table.UpsertRow(Entry(grain, "follow-up"));

        Assert.False(await _table.RemoveRow(grain, "follow-up", stale!));
        Assert.NotNull(await _table.ReadRow(grain, "follow-up"));
    }

    [Fact]
    public async Task Remove_Missing_ReturnsFalse()
    {
        Assert.False(await _table.RemoveRow(GrainId.Create("pm", "none"), "nothing", "etag"));
    }

    [Fact]
    public async Task ReadRowsByGrain_ReturnsOnlyThatGrainsReminders()
    {
        var grain = GrainId.Create("pm", "a");
        await _table.UpsertRow(Entry(grain, "publish-nudge"));
        await _table.UpsertRow(Entry(grain, "publish-deadline"));
        await _table.UpsertRow(Entry(GrainId.Create("pm", "b"), "publish-nudge"));

        var rows = await _table.ReadRows(grain);

        Assert.Equal(["publish-deadline", "publish-nudge"], rows.Reminders.Select(r => r.ReminderName).Order());
        Assert.All(rows.Reminders, r => Assert.Equal(grain, r.GrainId));
    }

    [Fact]
    public async Task ReadRowsByRange_BeginBelowEnd_ReturnsHashesAboveBeginUpToEnd()
    {
        var hashes = await SeedAsync();
        var sorted = hashes.Keys.Order().ToArray();
        // Bounds on stored hashes check both edges: begin excluded, end included.
        var begin = sorted[5];
        var end = sorted[^5];

        var rows = await _table.ReadRows(begin, end);

        var expected = hashes.Where(h => h.Key > begin && h.Key <= end).Select(h => h.Value).Order();
        Assert.Equal(expected, rows.Reminders.Select(r => r.GrainId.ToString()).Order());
    }

    [Fact]
    public async Task ReadRowsByRange_BeginAboveEnd_WrapsAroundTheRing()
    {
        var hashes = await SeedAsync();
        var sorted = hashes.Keys.Order().ToArray();
        var begin = sorted[^5];
        var end = sorted[5];

        var rows = await _table.ReadRows(begin, end);

        var expected = hashes.Where(h => h.Key > begin || h.Key <= end).Select(h => h.Value).Order().ToArray();
        Assert.Equal(10, expected.Length); // four above begin, six up to and including end
        Assert.Equal(expected, rows.Reminders.Select(r => r.GrainId.ToString()).Order());
    }

    [Fact]
    public async Task ReadRowsByRange_BeginEqualsEnd_ReturnsWholeRing()
    {
        var hashes = await SeedAsync();

        var rows = await _table.ReadRows(hashes.Keys.First(), hashes.Keys.First());

        Assert.Equal(hashes.Count, rows.Reminders.Count);
    }

    [Fact]
    public async Task ReadRowsByRange_HashesAboveIntMaxValue_AreOrderedAsUnsigned()
    {
        var hashes = await SeedAsync();
        Assert.Contains(hashes.Keys, h => h > int.MaxValue);

        var upper = await _table.ReadRows(int.MaxValue, uint.MaxValue);

        var expected = hashes.Where(h => h.Key > int.MaxValue).Select(h => h.Value).Order();
        Assert.Equal(expected, upper.Reminders.Select(r => r.GrainId.ToString()).Order());
    }

    [Fact]
    public async Task TestOnlyClearTable_RemovesEverything()
    {
        await SeedAsync();

        await _table.TestOnlyClearTable();

        Assert.Empty((await _table.ReadRows(0, 0)).Reminders);
    }

    private async Task<Dictionary<uint, string>> SeedAsync()
    {
        var hashes = new Dictionary<uint, string>();
        for (var i = 0; hashes.Count < 40; i++)
        {
            var grain = GrainId.Create("pm", $"grain-{i}");
            if (hashes.TryAdd(grain.GetUniformHashCode(), grain.ToString()))
            {
                await _table.UpsertRow(Entry(grain, "tick"));
            }
        }

        return hashes;
    }

    private static ReminderEntry Entry(GrainId grain, string name, TimeSpan? period = null) => new()
    {
        GrainId = grain,
        ReminderName = name,
        StartAt = new DateTime(2026, 3, 4, 11, 2, 30, 123, DateTimeKind.Utc).AddTicks(4567),
        Period = period ?? TimeSpan.FromHours(24),
    };
}
