using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Runtime;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Integrations.Settings;
using PostMortemFlow.Server.Features.PostMortems;
using PostMortemFlow.Server.Hosting;

namespace PostMortemFlow.Benchmarks;

/// <summary>
/// One silo composed exactly as the Server's embedded mode (its own <c>AddWorkflowEngine</c> and
/// <c>AddPostMortems</c>: localhost clustering, SQLite state, reminders and catalog, local effect executors),
/// then N declared post-mortems and M timed commands against them.
/// </summary>
public sealed class LoadHarness(LoadOptions options, TextWriter log)
{
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromMinutes(5);

    private readonly LatencyRecorder _declares = new();
    private readonly LatencyRecorder _commands = new();
    private readonly Dictionary<string, int> _rejections = new(StringComparer.Ordinal);
    private Phase[] _phases = [];
    private int _revision;

    public async Task<LoadReport> RunAsync(CancellationToken cancellationToken)
    {
        var temporary = options.DataPath is null;
        var dataPath = Path.GetFullPath(options.DataPath ?? Path.Combine(Path.GetTempPath(), "pmf-bench-" + Guid.NewGuid().ToString("N")));
        var databasePath = new StorageOptions { DataPath = dataPath }.DatabasePath;
        try
        {
            await using var app = BuildSilo(dataPath);
            var startedAt = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            var clock = Stopwatch.StartNew();
            await app.StartAsync(cancellationToken);
            var startup = clock.Elapsed;
            log.WriteLine($"silo started in {startup.TotalSeconds:0.0} s; data in a {(temporary ? "temporary" : "kept")} folder");

            var grains = app.Services.GetRequiredService<IGrainFactory>();
            var draft = BenchPostMortems.Valid(startedAt);
            _phases = new Phase[options.Workflows];

            clock.Restart();
            var declareRejections = await DeclareAllAsync(grains, draft, cancellationToken);
            var declareTime = clock.Elapsed;
            log.WriteLine($"declared {options.Workflows} in {declareTime.TotalSeconds:0.0} s; waiting for the outbox");
            var settle = await SettleAsync(databasePath, cancellationToken);
            log.WriteLine($"outbox settled after {settle.TotalSeconds:0.0} s; running {options.Commands} commands");

            clock.Restart();
            await RunCommandsAsync(grains, draft, cancellationToken);
            var commandTime = clock.Elapsed;
            log.WriteLine($"commands done in {commandTime.TotalSeconds:0.0} s; waiting for the outbox");
            await SettleAsync(databasePath, cancellationToken);

            var management = grains.GetGrain<IManagementGrain>(0);
            var activations = await management.GetTotalActivationCount();
            var grainStats = await management.GetSimpleGrainStatistics();
            var postMortemActivations = grainStats
                .Where(s => s.GrainType.Contains(nameof(PostMortemGrain), StringComparison.Ordinal))
                .Sum(s => s.ActivationCount);

            using var process = Process.GetCurrentProcess();
            var gcHeap = GC.GetTotalMemory(forceFullCollection: true);
            process.Refresh();
            var database = ReadDatabase(databasePath);
            await app.StopAsync(cancellationToken);

            return new LoadReport
            {
                StartedAt = startedAt,
                Machine = string.Create(CultureInfo.InvariantCulture,
                    $"{Environment.ProcessorCount} cores, {Environment.OSVersion.Platform}, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}"),
                Options = options,
                StartupSeconds = startup.TotalSeconds,
                WorkflowsDeclared = options.Workflows - declareRejections,
                DeclareRejections = declareRejections,
                DeclareSeconds = declareTime.TotalSeconds,
                DeclareLatency = _declares.All(),
                OutboxSettleSeconds = settle.TotalSeconds,
                CommandsRun = options.Commands,
                CommandSeconds = commandTime.TotalSeconds,
                CommandLatency = _commands.All(),
                CommandLatencyByKind = _commands.ByKind(),
                RejectionsByKind = _rejections.OrderBy(r => r.Key, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal),
                OpenWorkflowsByPhase = _phases.GroupBy(p => p).OrderBy(g => g.Key).ToDictionary(g => g.Key.ToString(), g => g.Count(), StringComparer.Ordinal),
                Activations = activations,
                PostMortemActivations = postMortemActivations,
                WorkingSetMb = process.WorkingSet64 / 1048576.0,
                PeakWorkingSetMb = process.PeakWorkingSet64 / 1048576.0,
                GcHeapAfterFullCollectionMb = gcHeap / 1048576.0,
                DatabaseMb = database.Bytes / 1048576.0,
                StateRows = database.StateRows,
                ReminderRows = database.ReminderRowsByName.Values.Sum(),
                ReminderRowsByName = database.ReminderRowsByName,
            };
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (temporary && Directory.Exists(dataPath))
            {
                Directory.Delete(dataPath, recursive: true);
            }
        }
    }

    private WebApplication BuildSilo(string dataPath)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataPath"] = dataPath,
            ["Cluster:SiloPort"] = FreePort().ToString(CultureInfo.InvariantCulture),
            ["Cluster:GatewayPort"] = FreePort().ToString(CultureInfo.InvariantCulture),
            ["Cluster:ClusterId"] = "bench-" + Guid.NewGuid().ToString("N"),
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // The HTTP API is not measured; it only needs a port nobody else uses.
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddWorkflowEngine();
        builder.Services.AddPostMortemIntegrations();
        if (!options.LocalEffects)
        {
            builder.Services.AddSingleton<IEffectDispatcher, NoOpEffectDispatcher>();
        }
        return builder.Build();
    }

    private async Task<int> DeclareAllAsync(IGrainFactory grains, PostMortem draft, CancellationToken cancellationToken)
    {
        var rejections = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Workflows), Parallelism(cancellationToken), async (i, _) =>
        {
            var id = Id(i);
            var declare = new DeclarePostMortem(id, draft with { Incident = draft.Incident with { Id = "INC-" + id } }, []);
            var result = await _declares.TimeAsync(nameof(DeclarePostMortem), () => grains.GetGrain<IPostMortemGrain>(id).Execute(declare));
            _phases[i] = result.State.Phase;
            if (result.Rejection is not null)
            {
                Interlocked.Increment(ref rejections);
            }
        });
        return rejections;
    }

    private async Task RunCommandsAsync(IGrainFactory grains, PostMortem draft, CancellationToken cancellationToken)
    {
        var random = new Random(options.Seed);
        var plan = Enumerable.Range(0, options.Commands).Select(_ => (Target: random.Next(options.Workflows), Roll: random.Next(100))).ToList();
        await Parallel.ForEachAsync(plan, Parallelism(cancellationToken), async (step, _) =>
        {
            var grain = grains.GetGrain<IPostMortemGrain>(Id(step.Target));
            if (step.Roll < 30)
            {
                var state = await _commands.TimeAsync(nameof(IPostMortemGrain.GetState), grain.GetState);
                _phases[step.Target] = state.Phase;
                return;
            }
            var command = step.Roll switch
            {
                < 65 => new EditTimeline(BenchPostMortems.TimelineEdit(draft, Interlocked.Increment(ref _revision)), "rui@example.com"),
                < 90 => new EditAnalysis(BenchPostMortems.AnalysisEdit(draft, Interlocked.Increment(ref _revision)), "mei@example.com"),
                _ => NextStep(_phases[step.Target]),
            };
            var kind = command.GetType().Name;
            var result = await _commands.TimeAsync(kind, () => grain.Execute(command));
            _phases[step.Target] = result.State.Phase;
            if (result.Rejection is { } rejection)
            {
                lock (_rejections)
                {
                    var key = $"{kind}:{rejection.Kind}";
                    _rejections[key] = _rejections.GetValueOrDefault(key) + 1;
                }
            }
        });
    }

    /// <summary>The approval the workflow waits for in its phase; once published, an action item moving on.</summary>
    private static PostMortemCommand NextStep(Phase phase) => phase switch
    {
        Phase.TimelineReview => new ApproveTimeline("rui@example.com"),
        Phase.AnalysisReview => new ApproveAnalysis("rui@example.com"),
        Phase.Approval => new ApproveReport("vp@example.com"),
        _ => new ChangeActionItemStatus("AI-006", ActionItemStatus.InProgress, "sre-team"),
    };

    /// <summary>Waits until no outbox heartbeat reminder is left, i.e. every pending effect ran.</summary>
    private static async Task<TimeSpan> SettleAsync(string databasePath, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < SettleTimeout)
        {
            if (PendingOutboxes(databasePath) == 0)
            {
                return clock.Elapsed;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
        return clock.Elapsed;
    }

    /// <summary>Post-mortems with effects still waiting. The outbox heartbeat reminder outlives the last effect by
    /// one period on purpose, so the stored state, not the reminder rows, says when the outbox is empty.</summary>
    private static long PendingOutboxes(string databasePath)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var pending = connection.CreateCommand();
        pending.CommandText = "SELECT COUNT(*) FROM grain_state WHERE state_name = 'postmortem' AND json_array_length(CAST(payload AS TEXT), '$.Outbox') > 0;";
        return Convert.ToInt64(pending.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static (long Bytes, long StateRows, IReadOnlyDictionary<string, long> ReminderRowsByName) ReadDatabase(string databasePath)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var states = connection.CreateCommand();
        states.CommandText = "SELECT COUNT(*) FROM grain_state;";
        var stateRows = Convert.ToInt64(states.ExecuteScalar(), CultureInfo.InvariantCulture);
        using var reminders = connection.CreateCommand();
        reminders.CommandText = "SELECT reminder_name, COUNT(*) FROM reminders GROUP BY reminder_name ORDER BY reminder_name;";
        var byName = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var reader = reminders.ExecuteReader())
        {
            while (reader.Read())
            {
                byName[reader.GetString(0)] = reader.GetInt64(1);
            }
        }
        var bytes = new[] { "", "-wal" }.Select(suffix => new FileInfo(databasePath + suffix)).Where(f => f.Exists).Sum(f => f.Length);
        return (bytes, stateRows, byName);
    }

    private ParallelOptions Parallelism(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = cancellationToken };

    private static string Id(int index) => string.Create(CultureInfo.InvariantCulture, $"pm-{index:D6}");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
