using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.Storage;
using Orleans.TestingHost;
using PostMortemFlow.Server.Persistence.Sqlite;

namespace PostMortemFlow.Server.Tests.Persistence;

/// <summary>A whole in-process cluster stops and a new one starts on the same SQLite file.</summary>
public sealed class SqliteClusterRestartTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task State_AfterFullClusterRestart_IsBack()
    {
        await using (var first = await StartClusterAsync())
        {
            var services = first.GetSiloServiceProvider();
            Assert.IsType<SqliteGrainStorage>(services.GetRequiredService<IGrainStorage>());
            Assert.IsType<SqliteGrainStorage>(services.GetRequiredKeyedService<IGrainStorage>(SqlitePersistenceExtensions.StorageProviderName));
            Assert.IsType<SqliteReminderTable>(services.GetRequiredService<IReminderTable>());

            var grain = first.Client.GetGrain<IProbeGrain>("state");
            await grain.SetNote("written before the restart");
            await grain.SetPostMortemTitle("Checkout outage");
            await first.StopAllSilosAsync();
        }

        await using var second = await StartClusterAsync();
        var snapshot = await second.Client.GetGrain<IProbeGrain>("state").GetSnapshot();

        Assert.Equal("written before the restart", snapshot.Note);
        Assert.Equal("Checkout outage", snapshot.PostMortemTitle);
        Assert.Equal("2026-04-01", snapshot.ActionItemDeadline);
    }

    [Fact]
    public async Task Reminder_AfterFullClusterRestart_FiresAgainWithoutReRegistration()
    {
        int ticksBeforeRestart;
        await using (var first = await StartClusterAsync())
        {
            var grain = first.Client.GetGrain<IProbeGrain>("reminder");
            await grain.StartTicking(TimeSpan.FromMilliseconds(500));
            var fired = await Eventually.ReachAsync(grain.GetSnapshot, s => s.Ticks >= 1, Timeout);
            ticksBeforeRestart = fired.Ticks;
            await first.StopAllSilosAsync();
        }

        using (var database = StorageFactory.Database(_temp.FilePath))
        {
            var rows = await new SqliteReminderTable(database).ReadRows(0, 0);
            Assert.Equal(ProbeGrain.ReminderName, Assert.Single(rows.Reminders).ReminderName);
        }

        await using var second = await StartClusterAsync();
        var grainAfter = second.Client.GetGrain<IProbeGrain>("reminder");
        // Only reminder ticks change the count; nothing here registers the reminder again.
        var after = await Eventually.ReachAsync(grainAfter.GetSnapshot, s => s.Ticks > ticksBeforeRestart + 1, Timeout);

        Assert.True(after.Ticks > ticksBeforeRestart + 1);
    }

    private async Task<InProcessTestCluster> StartClusterAsync()
    {
        var builder = new InProcessTestClusterBuilder(initialSilosCount: 2);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddSqlitePersistence(_temp.FilePath);
            silo.Services.Configure<ReminderOptions>(options =>
            {
                options.MinimumReminderPeriod = TimeSpan.FromMilliseconds(100);
                options.RefreshReminderListPeriod = TimeSpan.FromMilliseconds(500);
                options.ReminderLoadingWindow = TimeSpan.FromSeconds(1);
            });
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
