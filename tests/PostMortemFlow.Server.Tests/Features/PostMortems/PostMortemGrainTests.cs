using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.Runtime.Hosting;
using Orleans.Storage;
using Orleans.TestingHost;
using PostMortemFlow.Application.Library;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Integrations.Settings;
using PostMortemFlow.Server.Features.Library;
using PostMortemFlow.Server.Features.PostMortems;
using PostMortemFlow.Server.Persistence.Sqlite;
using PostMortemFlow.Server.Tests.Persistence;

namespace PostMortemFlow.Server.Tests.Features.PostMortems;

public sealed class PostMortemGrainTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Execute_Declare_RunsTheCollectorThenTheReviewRequest()
    {
        await using var cluster = await StartClusterAsync();
        var effects = cluster.GetSiloServiceProvider().GetRequiredService<RecordingEffectDispatcher>();

        await cluster.Client.GetGrain<IPostMortemGrain>("pm-declared").Execute(new DeclarePostMortem("pm-declared", Draft(), ["uploads"]));

        var executed = await Eventually.ReachAsync(() => Task.FromResult(effects.Executed), e => e.Count >= 2, Timeout);
        Assert.Equal(["pm-declared/collect:uploads", "pm-declared/email:review:1"], executed);
    }

    [Fact]
    public async Task Execute_WhenInterruptedRightAfterTheWrite_StillRunsTheStoredEffects()
    {
        await using var cluster = await StartClusterAsync();
        var services = cluster.GetSiloServiceProvider();
        var storage = services.GetRequiredService<InterruptingGrainStorage>();
        var effects = services.GetRequiredService<RecordingEffectDispatcher>();

        storage.InterruptNextWrite();
        var declare = new DeclarePostMortem("pm-interrupted", Draft(), ["uploads"]);
        await Assert.ThrowsAnyAsync<Exception>(() => cluster.Client.GetGrain<IPostMortemGrain>("pm-interrupted").Execute(declare));

        // Nothing calls the grain again: only a reminder registered for the stored state can wake it.
        var executed = await Eventually.ReachAsync(() => Task.FromResult(effects.Executed),
            e => e.Contains("pm-interrupted/collect:uploads") && e.Contains("pm-interrupted/email:review:1"), Timeout);

        Assert.Single(executed, e => e == "pm-interrupted/email:review:1");
    }

    private static PostMortem Draft() => new()
    {
        Title = "Orders API degradation",
        Incident = new Incident
        {
            Id = "pm-interrupted",
            Severity = Severity.Sev2,
            AffectedServices = ["orders-api"],
            StartedAt = DateTimeOffset.UtcNow.AddHours(-1),
            EndedAt = DateTimeOffset.UtcNow,
        },
        Authors = ["sre-team"],
    };

    private static async Task<InProcessTestCluster> StartClusterAsync()
    {
        var builder = new InProcessTestClusterBuilder(initialSilosCount: 1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSingleton<InterruptingGrainStorage>();
            silo.Services.AddGrainStorage("Default", (sp, _) => sp.GetRequiredService<InterruptingGrainStorage>());
            silo.UseInMemoryReminderService();
            silo.Services.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromMilliseconds(200));
            silo.Services.AddSingleton<RecordingEffectDispatcher>();
            silo.Services.AddSingleton<IEffectDispatcher>(sp => sp.GetRequiredService<RecordingEffectDispatcher>());
            silo.Services.AddSingleton<IPostMortemCatalog, NullPostMortemCatalog>();
            // One file for every run: these grains' entries are only written, and a file per cluster would pile up.
            silo.Services.AddSingleton<ILibraryIndex>(_ => new SqliteLibraryIndex(new SqliteDatabase(new SqliteStorageOptions
            {
                DatabasePath = Path.Combine(Path.GetTempPath(), "pmf-grain-tests", "library.db"),
            })));
            silo.Services.AddSingleton(TimeProvider.System);
            silo.Services.Configure<WorkflowOptions>(o => o.ReminderPeriod = TimeSpan.FromMilliseconds(500));
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
