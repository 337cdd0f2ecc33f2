using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

// Webhook throughput against a bare endpoint of the same server, in the same run. Starts the real server process
// (Kestrel on 127.0.0.1 only), sends a bounded number of requests with bounded concurrency, and stops it again.
var requests = Option("--requests", 20_000);
var concurrency = Option("--concurrency", 64);
var maxSeconds = Option("--seconds", 60);
var serverDll = OptionText("--server") ?? FindServer();
if (serverDll is null || !File.Exists(serverDll))
{
    Console.Error.WriteLine("Build the server first (dotnet build PostMortemFlow.sln) or pass --server path/to/PostMortemFlow.Server.dll.");
    return 2;
}

var port = FreePort();
var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
var data = Path.Combine(Path.GetTempPath(), "pmf-webhook-load-" + Guid.NewGuid().ToString("N"));
var start = new ProcessStartInfo("dotnet") { ArgumentList = { serverDll, "--urls", $"http://127.0.0.1:{port}" }, RedirectStandardOutput = true, RedirectStandardError = true };
start.Environment["Storage__DataPath"] = data;
start.Environment["Cluster__SiloPort"] = FreePort().ToString();
start.Environment["Cluster__GatewayPort"] = FreePort().ToString();
start.Environment["Webhooks__Alertmanager__BearerToken"] = token;
start.Environment["Logging__LogLevel__Default"] = "Warning";
start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
// --redis host:port runs the one server as a silo of a cluster of its own on that Redis (state, membership, reminders).
if (OptionText("--redis") is { } redis)
{
    var cluster = "pmf-load-" + Guid.NewGuid().ToString("N");
    start.Environment["Cluster__Mode"] = "Redis";
    start.Environment["Cluster__Redis"] = redis;
    start.Environment["Cluster__ClusterId"] = cluster;
    start.Environment["Cluster__ServiceId"] = cluster;
    start.Environment["Cluster__AdvertisedAddress"] = "127.0.0.1";
    start.Environment["Links__SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
using var server = Process.Start(start)!;
server.OutputDataReceived += (_, _) => { };
server.ErrorDataReceived += (_, _) => { };
server.BeginOutputReadLine();
server.BeginErrorReadLine();
try
{
    using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        BaseAddress = new Uri($"http://127.0.0.1:{port}"),
    };
    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    var ready = Stopwatch.StartNew();
    while (true)
    {
        try
        {
            if ((await client.GetAsync("/healthz")).IsSuccessStatusCode)
            {
                break;
            }
        }
        catch (HttpRequestException) when (ready.Elapsed < TimeSpan.FromSeconds(60))
        {
        }
        await Task.Delay(100);
    }

    var template = Alert("LoadTestRepeated");
    var bare = (Func<int, HttpRequestMessage>)(_ => new HttpRequestMessage(HttpMethod.Get, "/healthz"));
    var repeated = (Func<int, HttpRequestMessage>)(_ => Post(template));
    var distinct = (Func<int, HttpRequestMessage>)(i => Post(Alert($"LoadTestDistinct{i}")));

    Console.WriteLine($"server pid {server.Id} on 127.0.0.1:{port}{(OptionText("--redis") is { } on ? $", cluster mode on Redis {on}" : ", embedded")}; "
        + $"{requests} requests per scenario, concurrency {concurrency}, at most {maxSeconds} s each");
    await RunAsync("warm-up", 2_000, i => i % 2 == 0 ? bare(i) : repeated(i), quiet: true);
    var bareRate = await RunAsync("bare GET /healthz", requests, bare);
    var repeatedRate = await RunAsync("webhook, repeated alert", requests, repeated);
    var distinctRate = await RunAsync("webhook, distinct alerts", requests, distinct);
    Console.WriteLine($"ratio repeated/bare {repeatedRate / bareRate:F2}; distinct/bare {distinctRate / bareRate:F2} (goal: >= 0.5 and >= 3000 req/s)");
    return 0;

    async Task<double> RunAsync(string name, int count, Func<int, HttpRequestMessage> make, bool quiet = false)
    {
        var next = -1;
        var failures = 0;
        var done = 0;
        var deadline = Stopwatch.StartNew();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count && deadline.Elapsed < TimeSpan.FromSeconds(maxSeconds))
            {
                using var request = make(i);
                using var response = await client.SendAsync(request);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
                Interlocked.Increment(ref done);
            }
        }));
        var rate = done / clock.Elapsed.TotalSeconds;
        if (!quiet)
        {
            Console.WriteLine($"{name,-28} {done,7} requests in {clock.Elapsed.TotalSeconds,6:F2} s = {rate,8:F0} req/s, {failures} non-2xx");
        }
        return rate;
    }

    HttpRequestMessage Post(string body) => new(HttpMethod.Post, "/api/webhooks/alertmanager")
    {
        Content = new StringContent(body, Encoding.UTF8, "application/json"),
    };
}
finally
{
    server.Kill(entireProcessTree: true);
    await server.WaitForExitAsync();
    try
    {
        Directory.Delete(data, recursive: true);
    }
    catch (IOException)
    {
    }
}

static string Alert(string name) => $$"""
    {"receiver":"postmortemflow","status":"firing","version":"4","groupKey":"{}:{alertname=\"{{name}}\"}","truncatedAlerts":0,
     "groupLabels":{"alertname":"{{name}}"},"commonLabels":{"alertname":"{{name}}","service":"checkout","severity":"warning"},
     "commonAnnotations":{"summary":"load test"},"externalURL":"http://127.0.0.1:9093",
     "alerts":[{"status":"firing","labels":{"alertname":"{{name}}","service":"checkout","severity":"warning"},"annotations":{},
       "startsAt":"2025-02-09T10:08:00Z","endsAt":"0001-01-01T00:00:00Z","generatorURL":"","fingerprint":"0000000000000001"}]}
    """;

int Option(string name, int fallback) => int.TryParse(OptionText(name), out var value) && value > 0 ? value : fallback;

string? OptionText(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

// The server's build output beside this harness's, found from the solution folder.
static string? FindServer()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PostMortemFlow.sln")))
    {
        dir = dir.Parent;
    }
    if (dir is null)
    {
        return null;
    }
    var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Debug";
    return Path.Combine(dir.FullName, "src", "PostMortemFlow.Server", "bin", configuration, "net10.0", "PostMortemFlow.Server.dll");
}
