using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using PostMortemFlow.Server.Tests.TestData;

namespace PostMortemFlow.Server.Tests.Webhooks;

/// <summary>The real Alertmanager, configured with the server (on Kestrel) as its webhook receiver, starts a post-mortem.</summary>
public sealed class RealAlertmanagerTests : IDisposable
{
    private const string Binary = "prometheus-alertmanager";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly string _work = Path.Combine(Path.GetTempPath(), "pmf-am-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private sealed class StartOnFireServer : WebhookServer
    {
        protected override IDictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["Intake:StartOn"] = "Fire";
            return settings;
        }
    }

    [Fact]
    public async Task Alertmanager_WithTheServerAsReceiver_StartsAPostMortem()
    {
        var binary = RealServerFactAttribute.FindOnPath(Binary);
        Assert.True(binary is not null, $"{Binary} is not installed (./test.sh installs it; locally: apt-get install prometheus-alertmanager).");
        Directory.CreateDirectory(_work);
        var serverPort = WebhookServer.FreePort();
        await using var server = new StartOnFireServer();
        server.UseKestrel(serverPort);
        server.StartServer();
        var amPort = WebhookServer.FreePort();
        var config = Path.Combine(_work, "alertmanager.yml");
        await File.WriteAllTextAsync(config, $$"""
            route: {receiver: postmortemflow, group_by: [alertname], group_wait: 1s, group_interval: 5s, repeat_interval: 1h}
            receivers:
              - name: postmortemflow
                webhook_configs:
                  - url: "http://127.0.0.1:{{serverPort}}/api/webhooks/alertmanager"
                    send_resolved: true
                    http_config:
                      authorization: {type: Bearer, credentials: "{{WebhookServer.BearerToken}}"}
            """);
        using var alertmanager = System.Diagnostics.Process.Start(new ProcessStartInfo(binary!)
        {
            ArgumentList =
            {
                $"--config.file={config}", $"--storage.path={Path.Combine(_work, "data")}",
                $"--web.listen-address=127.0.0.1:{amPort}", $"--web.external-url=http://127.0.0.1:{amPort}", "--cluster.listen-address=",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var log = new System.Text.StringBuilder();
        alertmanager.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        alertmanager.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        alertmanager.BeginErrorReadLine();
        alertmanager.BeginOutputReadLine();
        try
        {
            using var am = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{amPort}") };
            await WaitAsync(async () => (await am.GetAsync("/-/ready")).IsSuccessStatusCode, () => $"Alertmanager did not become ready:\n{log}");
            var alert = new[]
            {
                new
                {
                    labels = new Dictionary<string, string> { ["alertname"] = "RealAlertmanagerHighErrorRate", ["severity"] = "critical", ["service"] = "checkout" },
                    annotations = new Dictionary<string, string> { ["summary"] = "Checkout 5xx rate above 5% (real Alertmanager)" },
                    startsAt = DateTimeOffset.UtcNow.AddMinutes(-2).ToString("O"),
                    endsAt = DateTimeOffset.UtcNow.AddMinutes(30).ToString("O"),
                },
            };
            using (var posted = await am.PostAsJsonAsync("/api/v2/alerts", alert))
            {
                Assert.True(posted.IsSuccessStatusCode, $"Alertmanager refused the alert: {posted.StatusCode}");
            }

            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{serverPort}") };
            JsonElement postMortem = default;
            await WaitAsync(async () =>
            {
                var list = (await WebhookServer.GetJsonAsync(client, "/api/postmortems")).EnumerateArray().ToList();
                postMortem = list.FirstOrDefault();
                return list.Count == 1;
            }, () => $"No post-mortem was started; Alertmanager log:\n{log}");

            Assert.Equal("Checkout 5xx rate above 5% (real Alertmanager)", postMortem.GetProperty("title").GetString());
            Assert.Equal("Sev1", postMortem.GetProperty("severity").GetString());
            var incident = Assert.Single((await WebhookServer.GetJsonAsync(client, "/api/incidents")).EnumerateArray());
            Assert.Equal("Alertmanager", incident.GetProperty("source").GetString());
        }
        finally
        {
            alertmanager.Kill();
            await alertmanager.WaitForExitAsync();
        }
    }

    private static async Task WaitAsync(Func<Task<bool>> condition, Func<string> failure)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Timeout)
        {
            try
            {
                if (await condition())
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        Assert.Fail(failure());
    }
}
