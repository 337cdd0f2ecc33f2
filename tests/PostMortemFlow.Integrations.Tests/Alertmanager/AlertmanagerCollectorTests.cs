using System.Net.Http.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Integrations.Alertmanager;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Tests.Infrastructure;

namespace PostMortemFlow.Integrations.Tests.Alertmanager;

/// <summary>Against a real Alertmanager: the test posts the incident's alert, then collects it back.</summary>
public sealed class AlertmanagerCollectorTests : IDisposable
{
    private readonly EvidenceScenario _scenario = new(AlertmanagerCollector.SourceName);

    private static Uri Server => new(TestServers.Require(TestServers.Alertmanager).TrimEnd('/') + "/");

    [ServerFact(TestServers.Alertmanager)]
    public async Task Collect_PostedAlert_DraftsFiringAtItsStartAndRecordsTheCoverageHonestly()
    {
        using var http = new HttpClient();
        var run = Guid.NewGuid().ToString("N");
        var alert = new
        {
            labels = new Dictionary<string, string> { ["alertname"] = "HighErrorRate", ["service"] = "api", ["test_run"] = run },
            annotations = new Dictionary<string, string> { ["summary"] = "5xx above 5%" },
            startsAt = "2025-02-09T10:08:00Z",
            endsAt = DateTimeOffset.UtcNow.AddHours(1).ToString("O"),
        };
        (await http.PostAsJsonAsync(new Uri(Server, "api/v2/alerts"), new[] { alert })).EnsureSuccessStatusCode();
        _scenario.Clock.Now = DateTimeOffset.UtcNow;
        var collector = _scenario.Collector<AlertmanagerCollector, AlertmanagerCollectorOptions>(new AlertmanagerCollectorOptions { BaseUrl = Server, Filters = [$"test_run=\"{run}\""] });

        var finished = await collector.CollectAsync(_scenario.State);

        var firing = Assert.Single(finished.Entries);
        Assert.Equal(("Alert HighErrorRate firing", TimelineEntryKind.Detected, new DateTimeOffset(2025, 2, 9, 10, 8, 0, TimeSpan.Zero)), (firing.Event, firing.Kind, firing.Time));
        var gap = Assert.Single(finished.Gaps);
        Assert.Contains("only alerts it holds at collection time", gap.Reason);
        var manifest = await _scenario.Store.ReadManifestAsync(_scenario.Id, "alertmanager");
        Assert.Equal(["groups.json", "alerts.json"], manifest!.Artifacts.Select(a => a.Name));
        Assert.Equal(1, manifest.Artifacts[1].Items);
    }

    public void Dispose() => _scenario.Dispose();
}
