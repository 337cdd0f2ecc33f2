using Azure.Storage.Blobs;
using DurableTask.AzureStorage;
using Microsoft.Extensions.DependencyInjection;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Functions.Http;
using PostMortemFlow.Functions.Tests.Infrastructure;
using PostMortemFlow.Functions.Tests.Workflow;
using PostMortemFlow.Functions.Workflow;
using PostMortemFlow.Publishing.Tests.Fakes;
using Xunit.Abstractions;

namespace PostMortemFlow.Functions.Tests.Durability;

/// <summary>
/// What the worker-crash tests share: a task hub and evidence container of their own on the real Azurite, the loopback
/// cloud for Graph, the app's HTTP functions in the test (as another instance of the app would run them), and the
/// settings a worker process is started with.
/// </summary>
internal sealed class WorkerRig : IAsyncDisposable
{
    private readonly AzureStorageOrchestrationService _hub;
    private readonly ServiceProvider _services;
    private readonly string _storage;
    private readonly string _run;
    private readonly List<WorkerProcess> _workers = [];

    private WorkerRig(string storage, string run, FakeCloud cloud, Dictionary<string, string?> settings, string journal)
    {
        (_storage, _run, Cloud, Journal) = (storage, run, cloud, journal);
        Worker = new Dictionary<string, string?>(settings)
        {
            ["PMF_WORKER_STORAGE"] = storage,
            ["PMF_WORKER_HUB"] = $"pmf{run}",
            ["PMF_WORKER_JOURNAL"] = journal,
            ["PMF_WORKER_TOKEN"] = FakeTokenCredential.Token,
        };
        _hub = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = $"pmf{run}",
            StorageAccountClientProvider = new StorageAccountClientProvider(storage),
        });
        _services = FunctionsApp.Compose(settings);
        Client = new TaskHubDurableClient(_hub);
        Workflow = _services.GetRequiredService<DurableEngine>().Workflow(Client);
        Call = new FunctionCall(_services);
        Intake = ActivatorUtilities.CreateInstance<IntakeFunctions>(_services);
        Reviews = ActivatorUtilities.CreateInstance<ReviewFunctions>(_services);
        PostMortems = ActivatorUtilities.CreateInstance<PostMortemFunctions>(_services);
    }

    public FakeCloud Cloud { get; }
    public string Journal { get; }
    /// <summary>The environment a worker process starts with.</summary>
    public Dictionary<string, string?> Worker { get; }
    public TaskHubDurableClient Client { get; }
    public DurableWorkflow Workflow { get; }
    public FunctionCall Call { get; }
    public IntakeFunctions Intake { get; }
    public ReviewFunctions Reviews { get; }
    public PostMortemFunctions PostMortems { get; }

    public static async Task<WorkerRig> StartAsync(IReadOnlyDictionary<string, string?> workflowSettings)
    {
        var storage = Environment.GetEnvironmentVariable("PMF_TEST_AZURITE");
        Assert.False(string.IsNullOrWhiteSpace(storage), "PMF_TEST_AZURITE is not set: this test needs a real Azurite. ./test.sh starts it and sets the variable.");
        var run = Guid.NewGuid().ToString("N")[..12];
        var data = Directory.CreateTempSubdirectory("pmf-durability-").FullName;
        var cloud = await FakeCloud.StartAsync();
        var settings = FunctionsApp.Settings(data, new Dictionary<string, string?>(FunctionsFlowTests.CloudSettings(cloud))
        {
            ["Evidence:Sources:0"] = "uploads",
            ["Evidence:Store"] = "Blob",
            ["Evidence:Blob:ConnectionString"] = storage,
            ["Evidence:Blob:Container"] = $"pmf-{run}",
            ["Functions:CommandTimeout"] = "00:00:03",
        });
        foreach (var (key, value) in workflowSettings)
        {
            settings[key] = value;
        }
        return new WorkerRig(storage!, run, cloud, settings, Path.Combine(data, "effects.journal"));
    }

    /// <summary>A worker process of this rig's task hub; <paramref name="crashAfter"/> is where it kills itself (see <c>CrashPoint</c>).</summary>
    public async Task<WorkerProcess> StartWorkerAsync(string name, string? crashAfter = null)
    {
        var environment = new Dictionary<string, string?>(Worker);
        if (crashAfter is not null)
        {
            environment["PMF_WORKER_CRASH_AFTER"] = crashAfter;
        }
        var worker = await WorkerProcess.StartAsync(name, environment);
        _workers.Add(worker);
        return worker;
    }

    /// <summary>Whether any worker of this rig has printed a line containing <paramref name="text"/>.</summary>
    public bool AnyWorkerPrinted(string text) => _workers.Exists(worker => worker.Printed(text));

    /// <summary>Runs a test's body; when it fails, the last lines of every worker go to the test's output.</summary>
    public async Task DiagnoseAsync(ITestOutputHelper output, Func<Task> body)
    {
        try
        {
            await body();
        }
        catch
        {
            foreach (var worker in _workers)
            {
                output.WriteLine(worker.Tail());
            }
            throw;
        }
    }

    /// <summary>A resolved Alertmanager alert for an incident that ended at <paramref name="end"/>: the post-mortem it started.</summary>
    public async Task<string> AlertAsync(DateTimeOffset end)
    {
        var started = await Call.InvokeAsync("POST", "/api/webhooks/alertmanager", r => Intake.AlertmanagerAsync(r, Client), WorkerCrashTests.Alert(end),
            new Dictionary<string, string> { ["Authorization"] = $"Bearer {FunctionsApp.AlertmanagerToken}" });
        Assert.True(started.Status == 202, $"{started.Status}: {started.Body}");
        return started.Json.GetProperty("postmortemId").GetString()!;
    }

    public async Task<PostMortemState> UntilAsync(string id, Func<PostMortemState, bool> condition, TimeSpan? patience = null)
    {
        var deadline = DateTime.UtcNow + (patience ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var state = await Workflow.GetAsync(id);
            if (condition(state))
            {
                return state;
            }
            Assert.True(DateTime.UtcNow < deadline, $"timed out in {state.Phase}; outbox: {string.Join("; ", state.Outbox.Select(e => $"{e.Id} {e.LastError}"))}");
            await Task.Delay(250);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in _workers)
        {
            worker.Dispose();
        }
        await _services.DisposeAsync();
        await _hub.DeleteAsync();
        await new BlobContainerClient(_storage, $"pmf-{_run}").DeleteIfExistsAsync();
        await Cloud.DisposeAsync();
    }
}
