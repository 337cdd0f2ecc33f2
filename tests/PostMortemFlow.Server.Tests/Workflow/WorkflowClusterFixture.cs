using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.TestingHost;
using PostMortemFlow.Application.Library;
using PostMortemFlow.Integrations.Effects;
using PostMortemFlow.Integrations.Settings;
using PostMortemFlow.Integrations.Telemetry;
using PostMortemFlow.Server.Features.Catalog;
using PostMortemFlow.Server.Features.Library;
using PostMortemFlow.Server.Persistence.Sqlite;

namespace PostMortemFlow.Server.Tests.Workflow;

/// <summary>Two silos with the embedded SQLite providers, the real grain and dispatcher, recording executors and seconds-long timers.</summary>
public sealed class WorkflowClusterFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pmf-workflow-cluster-").FullName;

    public RecordingEffects Effects { get; } = new();

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public static WorkflowOptions Durations => new()
    {
        PublishNudge = TimeSpan.FromSeconds(3),
        PublishDeadline = TimeSpan.FromSeconds(6),
        EscalationRepeat = TimeSpan.FromSeconds(3),
        WeeklyReview = TimeSpan.FromSeconds(3),
        FollowUp = TimeSpan.FromSeconds(8),
        RetryInitialDelay = TimeSpan.FromMilliseconds(200),
        RetryMaxDelay = TimeSpan.FromSeconds(1),
        ReminderPeriod = TimeSpan.FromSeconds(1),
    };

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(initialSilosCount: 2);
        var database = Path.Combine(_folder, "postmortemflow.db");
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddSqlitePersistence(database);
            silo.Services.Configure<ReminderOptions>(o =>
            {
                o.MinimumReminderPeriod = TimeSpan.FromMilliseconds(100);
                o.RefreshReminderListPeriod = TimeSpan.FromMilliseconds(500);
                o.ReminderLoadingWindow = TimeSpan.FromSeconds(1);
            });
            silo.Services.AddOptions<WorkflowOptions>().Configure(o => Copy(Durations, o));
            silo.Services.AddSingleton(TimeProvider.System);
            silo.Services.AddSingleton<IPostMortemCatalog, SqlitePostMortemCatalog>();
            silo.Services.AddSingleton<ILibraryIndex, SqliteLibraryIndex>();
            silo.Services.AddSingleton<IEmailSender>(Effects);
            silo.Services.AddSingleton<IReportPublisher>(Effects);
            silo.Services.AddSingleton<ITicketTracker>(Effects);
            silo.Services.AddSingleton<IFollowUpScheduler>(Effects);
            silo.Services.AddSingleton<ITicketStatusSource>(Effects);
            silo.Services.AddSingleton<ITicketCommenter>(new NoTicketComments());
            silo.Services.AddSingleton<IPostMortemFactsSource>(new NoPostMortemFacts());
            silo.Services.AddSingleton<ISuggestionDrafter>(new NoSuggestions());
            silo.Services.AddSingleton<IPeopleDirectory>(new NoPeopleDirectory());
            silo.Services.AddSingleton<IEvidenceCollector>(Effects);
            silo.Services.AddMetrics();
            silo.Services.AddSingleton<PostMortemMetrics>();
            silo.Services.AddSingleton<IEffectDispatcher, EffectDispatcher>();
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static void Copy(WorkflowOptions from, WorkflowOptions to)
    {
        to.PublishNudge = from.PublishNudge;
        to.PublishDeadline = from.PublishDeadline;
        to.EscalationRepeat = from.EscalationRepeat;
        to.WeeklyReview = from.WeeklyReview;
        to.FollowUp = from.FollowUp;
        to.RetryInitialDelay = from.RetryInitialDelay;
        to.RetryMaxDelay = from.RetryMaxDelay;
        to.ReminderPeriod = from.ReminderPeriod;
    }
}
