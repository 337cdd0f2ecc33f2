using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.DurableTask.Testing;
using PostMortemFlow.Api.Http;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Functions.Hosting;
using PostMortemFlow.Functions.Http;
using PostMortemFlow.Functions.Worker;
using PostMortemFlow.Functions.Workflow;
using PostMortemFlow.Integrations.Identity;
using PostMortemFlow.Publishing.Tests.Fakes;

namespace PostMortemFlow.Functions.Tests.Infrastructure;

/// <summary>
/// The Functions app composed as its <c>Program.cs</c> composes it, with its own orchestrator and activity functions
/// registered unchanged on the in-memory Durable Task engine, and its HTTP functions invoked as the host would.
/// </summary>
public sealed class FunctionsApp : IAsyncDisposable
{
    public const string AlertmanagerToken = "am-test-token";
    public static readonly JsonSerializerOptions Json = Create();

    private readonly ServiceProvider _services;
    private readonly DurableTaskTestHost _host;

    private FunctionsApp(ServiceProvider services, DurableTaskTestHost host, string dataPath)
    {
        _services = services;
        _host = host;
        DataPath = dataPath;
        Call = new FunctionCall(services);
        PostMortems = ActivatorUtilities.CreateInstance<PostMortemFunctions>(services);
        Intake = ActivatorUtilities.CreateInstance<IntakeFunctions>(services);
        Reviews = ActivatorUtilities.CreateInstance<ReviewFunctions>(services);
    }

    public string DataPath { get; }
    public FunctionCall Call { get; }
    public PostMortemFunctions PostMortems { get; }
    public IntakeFunctions Intake { get; }
    public ReviewFunctions Reviews { get; }
    public Microsoft.DurableTask.Client.DurableTaskClient Client => _host.Client;
    public IServiceProvider Services => _services;

    /// <param name="settings">App settings over the defaults (local stores in a temporary folder, seconds-long timers).</param>
    public static async Task<FunctionsApp> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var dataPath = Directory.CreateTempSubdirectory("pmf-functions-").FullName;
        var provider = Compose(Settings(dataPath, settings));
        var bodies = new FunctionBodies(provider.GetRequiredService<WorkflowActivities>());
        var host = await StartEngineAsync(bodies);
        return new FunctionsApp(provider, host, dataPath);
    }

    // The engine's own choice is a random port in 30000-40000, inside Linux's ephemeral range, so another socket can
    // hold it: ask the system for a free port instead, and try again the rare time it is taken before the bind.
    private static async Task<DurableTaskTestHost> StartEngineAsync(FunctionBodies bodies)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await DurableTaskTestHost.StartAsync(bodies.Register, new DurableTaskTestHostOptions
                {
                    Port = FreePort(),
                    LoggerFactory = LoggerFactory.Create(l => l.SetMinimumLevel(LogLevel.Warning)),
                });
            }
            catch (IOException) when (attempt < 5)
            {
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The test defaults under <paramref name="overrides"/>: stores in <paramref name="dataPath"/>, a signing key, intake people.</summary>
    public static Dictionary<string, string?> Settings(string dataPath, IReadOnlyDictionary<string, string?> overrides)
    {
        var all = new Dictionary<string, string?>
        {
            ["Storage:DataPath"] = dataPath,
            ["Links:SigningKey"] = Convert.ToBase64String(new byte[32]),
            ["Links:PublicBaseUrl"] = "https://pmf.example",
            ["Webhooks:Alertmanager:BearerToken"] = AlertmanagerToken,
            ["Intake:Authors:0"] = "ana@example.com",
            ["Intake:Reviewers:0"] = "rui@example.com",
            ["Intake:Sponsor"] = "vp@example.com",
            ["Workflow:RetryInitialDelay"] = "00:00:00.300",
            ["Workflow:RetryMaxDelay"] = "00:00:01",
        };
        foreach (var (key, value) in overrides)
        {
            all[key] = value;
        }
        return all;
    }

    /// <summary>The app's services as its <c>Program.cs</c> registers them, with the fake cloud's token credential.</summary>
    public static ServiceProvider Compose(IReadOnlyDictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddPostMortemFlowFunctions();
        var credential = new FakeTokenCredential();
        services.AddSingleton(new AzureCredentials(credential, credential));
        return services.BuildServiceProvider();
    }

    /// <summary>A JSON body as a client writes it for the API (enums by name, times with their zone).</summary>
    public static StringContent Body(object value) => new(JsonSerializer.Serialize(value, Json), System.Text.Encoding.UTF8, "application/json");

    public async Task<PostMortemState> StateAsync(string id) =>
        await _services.GetRequiredService<DurableEngine>().Workflow(Client).GetAsync(id);

    /// <summary>Declares a post-mortem through the app's own workflow and waits until its timeline is under review.</summary>
    public async Task<PostMortemState> DeclareAsync(string id, Domain.Model.PostMortem draft, Domain.Access.Restriction? restriction = null)
    {
        var workflow = _services.GetRequiredService<DurableEngine>().Workflow(Client);
        Assert.Null((await workflow.ExecuteAsync(id, new Domain.Workflow.Commands.DeclarePostMortem(id, draft, [], restriction))).Rejection);
        return await UntilAsync(id, s => s.Phase == Phase.TimelineReview);
    }

    public async Task<PostMortemState> UntilAsync(string id, Func<PostMortemState, bool> condition, TimeSpan? patience = null)
    {
        var deadline = DateTime.UtcNow + (patience ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var state = await StateAsync(id);
            if (condition(state))
            {
                return state;
            }
            Assert.True(DateTime.UtcNow < deadline, $"timed out in {state.Phase}; outbox: {string.Join("; ", state.Outbox.Select(e => $"{e.Id} {e.LastError}"))}");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _services.DisposeAsync();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiJson.Configure(options);
        return options;
    }
}
