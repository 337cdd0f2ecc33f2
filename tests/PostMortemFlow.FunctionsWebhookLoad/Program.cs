using System.Diagnostics;
using System.Globalization;
using System.Text;
using DurableTask.AzureStorage;
using Microsoft.Extensions.DependencyInjection;
using PostMortemFlow.Functions.Http;
using PostMortemFlow.Functions.Tests.Durability;
using PostMortemFlow.Functions.Tests.Infrastructure;

// Deliveries per second through the Functions app's own Alertmanager HTTP function and its Durable client, on Azurite
// (incident records in Blob, the task hub's queues and tables), in one process. No worker runs: a delivery is answered
// once its record is stored and its post-mortem's orchestration is started and told, as in Azure. Azurite runs on the
// same machine, so the figure is Azurite's as much as the app's.
var storage = Environment.GetEnvironmentVariable("PMF_TEST_AZURITE");
if (string.IsNullOrWhiteSpace(storage))
{
    Console.Error.WriteLine("Set PMF_TEST_AZURITE to an Azurite connection string (./test.sh starts one).");
    return 2;
}
var requests = Option("--requests", 2_000);
var concurrency = Option("--concurrency", 32);
var run = Guid.NewGuid().ToString("N")[..12];
var data = Directory.CreateTempSubdirectory("pmf-functions-load-").FullName;
var settings = FunctionsApp.Settings(data, new Dictionary<string, string?>
{
    ["Evidence:Sources:0"] = "uploads",
    ["Evidence:Store"] = "Blob",
    ["Evidence:Blob:ConnectionString"] = storage,
    ["Evidence:Blob:Container"] = $"pmf-{run}",
});
await using var services = FunctionsApp.Compose(settings);
var hub = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
{
    TaskHubName = $"pmf{run}",
    StorageAccountClientProvider = new StorageAccountClientProvider(storage),
});
await hub.CreateIfNotExistsAsync();
var client = new TaskHubDurableClient(hub);
var call = new FunctionCall(services);
var intake = ActivatorUtilities.CreateInstance<IntakeFunctions>(services);
var authorization = new Dictionary<string, string> { ["Authorization"] = $"Bearer {FunctionsApp.AlertmanagerToken}" };
var end = DateTimeOffset.UtcNow.AddMinutes(-1);

Console.WriteLine($"task hub pmf{run} on Azurite; {requests} deliveries per scenario, concurrency {concurrency}");
await RunAsync("warm-up", 50, i => Deliver(Alert($"LoadWarmUp{i}")), quiet: true);
var repeated = await RunAsync("webhook, repeated alert", requests, _ => Deliver(Alert("LoadRepeated")));
var distinct = await RunAsync("webhook, distinct alerts", requests, i => Deliver(Alert($"LoadDistinct{i}")));
Console.WriteLine($"ratio distinct/repeated {distinct / repeated:F2}");
return 0;

Task<FunctionAnswer> Deliver(string body) => call.InvokeAsync("POST", "/api/webhooks/alertmanager", r => intake.AlertmanagerAsync(r, client),
    new StringContent(body, Encoding.UTF8, "application/json"), authorization);

async Task<double> RunAsync(string name, int count, Func<int, Task<FunctionAnswer>> send, bool quiet = false)
{
    var next = -1;
    var failures = 0;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < count)
        {
            if ((await send(i)).Status is < 200 or > 299)
            {
                Interlocked.Increment(ref failures);
            }
        }
    }));
    var rate = count / clock.Elapsed.TotalSeconds;
    if (!quiet)
    {
        Console.WriteLine($"{name,-28} {count,7} calls in {clock.Elapsed.TotalSeconds,6:F2} s = {rate,8:F0} /s, {failures} non-2xx");
    }
    return rate;
}

// A resolved alert group: each distinct one is a new incident and starts its post-mortem's orchestration.
string Alert(string name) => $$"""
    {"receiver":"postmortemflow","status":"resolved","version":"4","groupKey":"{}:{alertname=\"{{name}}\"}","truncatedAlerts":0,
     "groupLabels":{"alertname":"{{name}}"},"commonLabels":{"alertname":"{{name}}","service":"checkout","severity":"critical"},
     "commonAnnotations":{"summary":"load test"},"externalURL":"http://127.0.0.1:9093",
     "alerts":[{"status":"resolved","labels":{"alertname":"{{name}}","service":"checkout","severity":"critical"},"annotations":{},
       "startsAt":"{{Iso(end.AddMinutes(-30))}}","endsAt":"{{Iso(end)}}","generatorURL":"","fingerprint":"0000000000000001"}]}
    """;

static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) && value > 0 ? value : fallback;
}
