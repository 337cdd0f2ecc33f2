using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PostMortemFlow.Functions.Hosting;
using PostMortemFlow.Functions.Worker;
using PostMortemFlow.Functions.Workflow;
using PostMortemFlow.Integrations.Effects;
using PostMortemFlow.Integrations.Identity;

// Settings come from the environment, in the app's own names (Workflow__PublishDeadline, Evidence__Store, …), plus:
// PMF_WORKER_STORAGE (the storage connection string), PMF_WORKER_HUB (the task hub), PMF_WORKER_JOURNAL (the effect journal),
// PMF_WORKER_TOKEN (a fixed token for Graph and Azure, when the test's loopback cloud stands in for them) and
// PMF_WORKER_CRASH_AFTER (a moment to die at, see CrashPoint).
var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
var services = new ServiceCollection();
services.AddSingleton<IConfiguration>(configuration);
services.AddLogging(logging => logging.AddSimpleConsole(o => (o.SingleLine, o.TimestampFormat) = (true, "HH:mm:ss.fff ")).SetMinimumLevel(LogLevel.Warning));
services.AddPostMortemFlowFunctions();
if (configuration["PMF_WORKER_TOKEN"] is { Length: > 0 } token)
{
    var credential = new StaticTokenCredential(token);
    services.AddSingleton(new AzureCredentials(credential, credential));
}
services.AddSingleton<IEffectDispatcher>(sp => new JournalingEffectDispatcher(
    ActivatorUtilities.CreateInstance<EffectDispatcher>(sp), configuration["PMF_WORKER_JOURNAL"] ?? "effects.journal"));
await using var provider = services.BuildServiceProvider();

var loggers = provider.GetRequiredService<ILoggerFactory>();
var backend = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
{
    TaskHubName = configuration["PMF_WORKER_HUB"] ?? "PostMortemFlow",
    StorageAccountClientProvider = new StorageAccountClientProvider(configuration["PMF_WORKER_STORAGE"] ?? "UseDevelopmentStorage=true"),
    PartitionCount = 1,
    WorkerId = $"worker-{Environment.ProcessId}",
    // Short leases and polling: a restarted worker takes the instances over in seconds, not minutes.
    LeaseInterval = TimeSpan.FromSeconds(15),
    LeaseRenewInterval = TimeSpan.FromSeconds(5),
    LeaseAcquireInterval = TimeSpan.FromSeconds(5),
    MaxQueuePollingInterval = TimeSpan.FromSeconds(2),
    // What the app's host.json sets, so the tests measure the deployed recovery: a message the killed worker had taken
    // comes back after these, not after the default five minutes.
    ControlQueueVisibilityTimeout = HostJson.StorageProviderTime("controlQueueVisibilityTimeout"),
    WorkItemQueueVisibilityTimeout = HostJson.StorageProviderTime("workItemQueueVisibilityTimeout"),
    LoggerFactory = loggers,
});
await backend.CreateIfNotExistsAsync();

var bodies = new FunctionBodies(provider.GetRequiredService<WorkflowActivities>(), CrashPoint.FromEnvironment());
var shims = DurableTaskShimFactory.Default;
var worker = new TaskHubWorker(backend, loggers);
foreach (var (name, create) in bodies.Orchestrators)
{
    worker.AddTaskOrchestrations(new Creator<TaskOrchestration>(name, () => shims.CreateOrchestration(name, create(), parent: null)));
}
foreach (var (name, create) in bodies.Activities)
{
    worker.AddTaskActivities(new Creator<TaskActivity>(name, () => shims.CreateActivity(name, create())));
}
await worker.StartAsync();
Console.WriteLine("worker ready");

var stop = new TaskCompletionSource();
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.TrySetResult();
Console.CancelKeyPress += (_, e) => (e.Cancel, _) = (true, stop.TrySetResult());
await stop.Task;
await worker.StopAsync(isForced: true);
