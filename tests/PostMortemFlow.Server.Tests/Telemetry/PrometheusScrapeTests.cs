using System.Globalization;
using System.Net;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Server.Tests.Process;
using PostMortemFlow.Server.Tests.TestData;
using Xunit.Abstractions;
using static PostMortemFlow.Server.Tests.Api.ApiJsonBodies;

namespace PostMortemFlow.Server.Tests.Telemetry;

/// <summary>
/// The real server as a child process, scraped every second by a real Prometheus the test starts: after a declaration,
/// the approvals and the publication, the metrics the dashboard reads move as they should, under the names it uses.
/// </summary>
[Trait("Category", "Process")]
public sealed class PrometheusScrapeTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    private readonly ProcessTestRun _run = new(output);

    public void Dispose() => _run.Dispose();

    [RealServerFact(Binary = PrometheusServer.Binary)]
    public async Task Scrape_DeclareApproveAndPublish_TheDashboardsMetricsMove()
    {
        await _run.DiagnoseAsync(async () =>
        {
            var data = Path.Combine(_run.Folder, "data");
            Directory.CreateDirectory(data);
            // A file where the outbox folder belongs: every e-mail fails and is retried, so the effect metrics move too.
            await File.WriteAllTextAsync(Path.Combine(data, "outbox"), "not a folder");
            var server = await _run.StartAsync("scraped", Environment(data));
            using var prometheus = await PrometheusServer.StartAsync(server.BaseAddress, Path.Combine(_run.Folder, "prometheus"), Timeout);
            using var api = new HttpClient { BaseAddress = server.BaseAddress, Timeout = Timeout };
            await prometheus.WaitForAsync($"up{{job=\"{PrometheusServer.Job}\"}}", v => v == 1, Timeout);
            await prometheus.WaitForAsync("pmf_postmortems{phase=\"TimelineReview\"}", v => v == 0, Timeout);
            await prometheus.WaitForAsync("pmf_postmortems_overdue", v => v == 0, Timeout);

            // Ended three days ago: past the 48 h publish deadline from the start.
            var end = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddDays(-3).ToUnixTimeSeconds());
            var id = await DeclareAsync(api, end);
            _run.Log($"declared {id}");
            await prometheus.WaitForAsync("pmf_postmortems{phase=\"TimelineReview\"}", v => v == 1, Timeout);
            await prometheus.WaitForAsync("pmf_postmortems_overdue", v => v == 1, Timeout);
            await prometheus.WaitForAsync("pmf_collection_duration_seconds_count{source=\"uploads\"}", v => v == 1, Timeout);
            await prometheus.WaitForAsync("pmf_collection_duration_seconds_count{source=\"alertmanager\"}", v => v == 1, Timeout);
            await prometheus.WaitForAsync("pmf_data_gaps_total{source=\"alertmanager\"}", v => v >= 1, Timeout);
            await prometheus.WaitForAsync("pmf_effects_retried_total{kind=\"SendEmail\"}", v => v >= 1, Timeout);
            await prometheus.WaitForAsync("pmf_effects_failing{kind=\"SendEmail\"}", v => v >= 1, Timeout);

            var seed = SeedPostMortem.EndingAt(end);
            await SendAsync(api, HttpMethod.Put, $"/api/postmortems/{id}/timeline", Timeline(seed));
            await SendAsync(api, HttpMethod.Post, $"/api/postmortems/{id}/timeline/approve", new { by = "rui@example.com" });
            await prometheus.WaitForAsync("pmf_postmortems{phase=\"AnalysisReview\"}", v => v == 1, Timeout);
            await prometheus.WaitForAsync("pmf_postmortems{phase=\"TimelineReview\"}", v => v == 0, Timeout);

            var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1));
            var items = seed.ActionItems.Select(i => i with
            {
                Deadline = i.Priority == ActionPriority.Medium && i.Id == "AI-003" ? yesterday : yesterday.AddDays(30),
            }).ToList();
            await SendAsync(api, HttpMethod.Put, $"/api/postmortems/{id}/analysis", SeedPostMortem.AnalysisOf(seed) with { ActionItems = [.. items] });
            await prometheus.WaitForAsync("pmf_action_items_open{priority=\"High\"}", v => v == items.Count(i => i.Priority == ActionPriority.High), Timeout);
            await prometheus.WaitForAsync("pmf_action_items_open{priority=\"Medium\"}", v => v == items.Count(i => i.Priority == ActionPriority.Medium), Timeout);
            await prometheus.WaitForAsync("pmf_action_items_overdue{priority=\"Medium\"}", v => v == 1, Timeout);
            Assert.Equal(0, await prometheus.QueryAsync("pmf_action_items_overdue{priority=\"High\"}"));

            await SendAsync(api, HttpMethod.Post, $"/api/postmortems/{id}/analysis/approve", new { by = "rui@example.com" });
            await SendAsync(api, HttpMethod.Post, $"/api/postmortems/{id}/approve", new { by = "rui@example.com" });
            await prometheus.WaitForAsync("pmf_postmortems{phase=\"Tracking\"}", v => v == 1, Timeout);
            await prometheus.WaitForAsync("pmf_postmortems_overdue", v => v == 0, Timeout);
            await prometheus.WaitForAsync("pmf_time_to_publish_seconds_count", v => v == 1, Timeout);
            // Three days and some seconds: above the 72 h bucket, within the 96 h one (le is written "259200" or "259200.0").
            var buckets = (await prometheus.SeriesAsync("pmf_time_to_publish_seconds_bucket{le!=\"+Inf\"}"))
                .ToDictionary(b => double.Parse(b.Labels["le"], CultureInfo.InvariantCulture), b => b.Value);
            Assert.Equal(0, buckets[TimeSpan.FromHours(72).TotalSeconds]);
            Assert.Equal(1, buckets[TimeSpan.FromHours(96).TotalSeconds]);
            var median = await prometheus.QueryAsync("histogram_quantile(0.5, sum by (le) (pmf_time_to_publish_seconds_bucket))");
            Assert.InRange(median!.Value, TimeSpan.FromHours(72).TotalSeconds, TimeSpan.FromHours(96).TotalSeconds);

            using (var refused = await api.PostAsync("/api/webhooks/alertmanager", Json(new { })))
            {
                Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            }
            await prometheus.WaitForAsync("pmf_webhook_deliveries_total{source=\"alertmanager\",status=\"unauthorized\"}", v => v == 1, Timeout);
            await prometheus.WaitForAsync("sum(http_server_request_duration_seconds_count{http_route=\"/api/postmortems/{id}/timeline/approve\"})", v => v == 1, Timeout);
        });
    }

    private static async Task<string> DeclareAsync(HttpClient api, DateTimeOffset end)
    {
        var body = await SendAsync(api, HttpMethod.Post, "/api/postmortems", Declaration(end, "Orders API degradation"), HttpStatusCode.Created);
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    private static async Task<string> SendAsync(HttpClient api, HttpMethod method, string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await api.SendAsync(new HttpRequestMessage(method, path) { Content = Json(body) });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {path} answered {(int)response.StatusCode}: {text}");
        return text;
    }

    private static Dictionary<string, string> Environment(string data)
    {
        var ports = FreePorts.Take(3);
        return new Dictionary<string, string>
        {
            ["Storage__DataPath"] = data,
            ["Cluster__SiloPort"] = ports[0].ToString(CultureInfo.InvariantCulture),
            ["Cluster__GatewayPort"] = ports[1].ToString(CultureInfo.InvariantCulture),
            ["Telemetry__GaugeRefresh"] = "00:00:01",
            // A request log line per scrape would push everything else out of the log tail a failure shows.
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
            ["Workflow__RetryInitialDelay"] = "00:00:00.200",
            ["Workflow__RetryMaxDelay"] = "00:00:01",
            // The outbox heartbeat ticks every second too, as in the other process tests, so a busy machine cannot stall the retries.
            ["Workflow__ReminderPeriod"] = "00:00:01",
            ["Cluster__Reminders__MinimumReminderPeriod"] = "00:00:01",
            ["Cluster__Reminders__RefreshReminderListPeriod"] = "00:00:01",
            ["Cluster__Reminders__ReminderLoadingWindow"] = "00:00:02",
            // Alertmanager on a closed port: its collection ends as a data gap at once.
            ["Evidence__Sources__0"] = "uploads",
            ["Evidence__Sources__1"] = "alertmanager",
            ["Evidence__Alertmanager__BaseUrl"] = $"http://127.0.0.1:{ports[2]}/",
            ["Evidence__Alertmanager__MaxAttempts"] = "1",
        };
    }
}
