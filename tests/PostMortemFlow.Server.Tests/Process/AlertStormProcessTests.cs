using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PostMortemFlow.Server.Tests.Persistence;
using Xunit.Abstractions;

namespace PostMortemFlow.Server.Tests.Process;

/// <summary>
/// An alert storm taken whole: distinct Alertmanager alert groups sent in a burst over many connections, the embedded
/// server killed with SIGKILL in the middle of it, and started again on the same files. Every delivery that was
/// answered 2xx is there, and each grouped incident has exactly one post-mortem.
/// </summary>
public sealed class AlertStormProcessTests(ITestOutputHelper output) : IDisposable
{
    private const string Token = "storm-test-token";
    private const int Alerts = 1_500;
    private const int Connections = 16;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);
    private readonly ProcessTestRun _run = new(output);

    [Fact]
    public async Task Storm_KilledHalfway_EveryAcknowledgedDeliveryIsThereOnce_WithOnePostMortemPerIncident()
    {
        await _run.DiagnoseAsync(async () =>
        {
            var data = Path.Combine(_run.Folder, "data");
            var first = await _run.StartAsync("storm-1", Environment(data));
            var acknowledged = new ConcurrentDictionary<string, string>();
            var end = DateTimeOffset.UtcNow.AddMinutes(-5);
            using (var client = Client(first.BaseAddress))
            {
                var next = -1;
                var senders = Enumerable.Range(0, Connections).Select(async _ =>
                {
                    int i;
                    while ((i = Interlocked.Increment(ref next)) < Alerts)
                    {
                        try
                        {
                            using var answer = await client.PostAsync(new Uri("/api/webhooks/alertmanager", UriKind.Relative), Alert(i, end));
                            if (answer.IsSuccessStatusCode)
                            {
                                var body = await answer.Content.ReadFromJsonAsync<JsonElement>();
                                acknowledged[body.GetProperty("incidentKey").GetString()!] = body.GetProperty("postmortemId").GetString() ?? "";
                            }
                        }
                        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException or JsonException)
                        {
                            // The server is gone: this delivery was never acknowledged, and a real sender would resend it.
                        }
                    }
                }).ToList();
                await Eventually.ReachAsync(() => Task.FromResult(acknowledged.Count), n => n >= Alerts / 4, Timeout);
                first.Kill();
                await Task.WhenAll(senders);
            }
            var acked = acknowledged.ToDictionary();
            output.WriteLine($"{acked.Count} of {Alerts} deliveries acknowledged before the kill");
            Assert.InRange(acked.Count, Alerts / 4, Alerts - 1);

            var second = await _run.StartAsync("storm-2", Environment(data));
            using var after = Client(second.BaseAddress);
            await Eventually.ReachAsync(async () => await after.GetFromJsonAsync<JsonElement>(new Uri("/api/incidents", UriKind.Relative)),
                list => acked.Keys.All(key => list.EnumerateArray().Any(i => i.GetProperty("key").GetString() == key)), Timeout);
            // Deliveries stored but not answered before the kill may be handed on too, so wait until the two lists agree.
            var (incidents, postMortems) = await Eventually.ReachAsync(async () => (
                    await after.GetFromJsonAsync<JsonElement>(new Uri("/api/incidents", UriKind.Relative)),
                    await after.GetFromJsonAsync<JsonElement>(new Uri("/api/postmortems", UriKind.Relative))),
                lists => Ids(lists.Item1).Order().SequenceEqual(lists.Item2.EnumerateArray().Select(p => p.GetProperty("id").GetString()!).Order())
                    && acked.Values.Where(id => id.Length > 0).All(Ids(lists.Item1).Contains), Timeout);

            var keys = incidents.EnumerateArray().Select(i => i.GetProperty("key").GetString()!).ToList();
            Assert.Equal(keys.Count, keys.Distinct().Count());
            Assert.Equal(Ids(incidents).Count, Ids(incidents).Distinct().Count());
            Assert.All(incidents.EnumerateArray().Where(i => acked.GetValueOrDefault(i.GetProperty("key").GetString()!) is { Length: > 0 }),
                i => Assert.Equal(acked[i.GetProperty("key").GetString()!], i.GetProperty("postmortemId").GetString()));
            output.WriteLine($"{keys.Count} incidents after the restart, {postMortems.GetArrayLength()} post-mortems, one each");
        });
    }

    public void Dispose() => _run.Dispose();

    /// <summary>The post-mortem of each incident in the list that has one.</summary>
    private static List<string> Ids(JsonElement incidents) =>
        [.. incidents.EnumerateArray().Select(i => i.GetProperty("postmortemId")).Where(p => p.ValueKind == JsonValueKind.String).Select(p => p.GetString()!)];

    private static HttpClient Client(Uri baseAddress)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Connections }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return client;
    }

    /// <summary>A resolved critical alert group of its own, in Alertmanager's webhook format.</summary>
    private static StringContent Alert(int i, DateTimeOffset end)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"StormAlert{i}");
        var (from, to) = (Utc(end.AddMinutes(-20)), Utc(end));
        var body = $$"""
            {"receiver":"postmortemflow","status":"resolved","version":"4","groupKey":"{}:{alertname=\"{{name}}\"}","truncatedAlerts":0,
             "groupLabels":{"alertname":"{{name}}"},"commonLabels":{"alertname":"{{name}}","service":"checkout","severity":"critical"},
             "commonAnnotations":{"summary":"storm"},"externalURL":"http://alertmanager.example:9093",
             "alerts":[{"status":"resolved","labels":{"alertname":"{{name}}","service":"checkout","severity":"critical"},"annotations":{"summary":"storm"},
               "startsAt":"{{from}}","endsAt":"{{to}}","generatorURL":"","fingerprint":"{{i:x16}}"}]}
            """;
        return new StringContent(body, Encoding.UTF8, "application/json");
    }

    private static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Environment(string data)
    {
        var ports = FreePorts.Take(2);
        return new Dictionary<string, string>
        {
            ["Cluster__Mode"] = "Embedded",
            ["Cluster__SiloPort"] = ports[0].ToString(CultureInfo.InvariantCulture),
            ["Cluster__GatewayPort"] = ports[1].ToString(CultureInfo.InvariantCulture),
            ["Storage__DataPath"] = data,
            ["Webhooks__Alertmanager__BearerToken"] = Token,
            ["Cluster__Reminders__MinimumReminderPeriod"] = "00:00:01",
            ["Cluster__Reminders__RefreshReminderListPeriod"] = "00:00:01",
            ["Cluster__Reminders__ReminderLoadingWindow"] = "00:00:02",
        };
    }
}
