using Microsoft.Extensions.DependencyInjection;
using PostMortemFlow.Domain.Intake;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Server.Features.PostMortems;
using PostMortemFlow.Server.Tests.Persistence;
using System.Net;
using System.Text.Json;

namespace PostMortemFlow.Server.Tests.Webhooks;

/// <summary>Every source and event type, in its documented shape, drives the workflow end to end.</summary>
public sealed class WebhookFixtureTests(WebhookServer server) : IClassFixture<WebhookServer>
{
    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async Task Alertmanager_FiringThenResolved_StartsThePostMortemOnResolve()
    {
        using var firing = await server.PostAlertmanagerAsync(_client, WebhookServer.Fixture("alertmanager-firing.json"));
        Assert.Equal(HttpStatusCode.Accepted, firing.StatusCode);
        var recorded = await WebhookServer.ReadJsonAsync(firing);
        Assert.Equal("recorded", recorded.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, recorded.GetProperty("postmortemId").ValueKind);

        using var resolved = await server.PostAlertmanagerAsync(_client, WebhookServer.Fixture("alertmanager-resolved.json"));
        Assert.Equal(HttpStatusCode.Accepted, resolved.StatusCode);
        var started = await WebhookServer.ReadJsonAsync(resolved);
        Assert.Equal("started", started.GetProperty("status").GetString());
        Assert.Equal(recorded.GetProperty("incidentKey").GetString(), started.GetProperty("incidentKey").GetString());

        var pm = await PostMortemAsync(started);
        var incident = pm.GetProperty("postMortem").GetProperty("incident");
        Assert.Equal("Sev1", incident.GetProperty("severity").GetString());
        Assert.Equal("Alertmanager", incident.GetProperty("source").GetString());
        Assert.Equal(["checkout"], incident.GetProperty("affectedServices").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("2025-02-09T10:08:00Z", incident.GetProperty("startedAt").GetString());
        Assert.Equal("2025-02-09T10:41:00Z", incident.GetProperty("endedAt").GetString());
        Assert.Equal("Checkout 5xx rate above 5%", pm.GetProperty("postMortem").GetProperty("title").GetString());
        var rows = Timeline(pm);
        Assert.Contains(("Detected", "Alert HighErrorRate fired (checkout)"), rows);
        Assert.Contains(("Resolved", "Alert HighErrorRate resolved (checkout)"), rows);
        Assert.Equal(["oncall@example.com"], pm.GetProperty("postMortem").GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task AzureMonitor_FiredThenResolved_StartsThePostMortemWithTheResourceAsService()
    {
        using var fired = await server.PostAzureAsync(_client, WebhookServer.Fixture("azure-monitor-fired.json"));
        Assert.Equal(HttpStatusCode.Accepted, fired.StatusCode);
        Assert.Equal("recorded", (await WebhookServer.ReadJsonAsync(fired)).GetProperty("status").GetString());

        using var resolved = await server.PostAzureAsync(_client, WebhookServer.Fixture("azure-monitor-resolved.json"));
        var started = await WebhookServer.ReadJsonAsync(resolved);
        Assert.Equal("started", started.GetProperty("status").GetString());
        Assert.Equal("azure-monitor:b9569717-bc32-442f-add5-83a997729330", started.GetProperty("incidentKey").GetString());

        var pm = await PostMortemAsync(started);
        var incident = pm.GetProperty("postMortem").GetProperty("incident");
        Assert.Equal("Sev1", incident.GetProperty("severity").GetString());
        Assert.Equal(["checkout-api"], incident.GetProperty("affectedServices").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("2025-02-09T10:07:31Z", incident.GetProperty("startedAt").GetString());
        Assert.Equal("2025-02-09T10:38:02Z", incident.GetProperty("endedAt").GetString());
        Assert.Contains(("Detected", "Azure Monitor alert 'checkout-api-http-5xx' fired (Metric)"), Timeline(pm));
        Assert.Contains(("Resolved", "Azure Monitor alert 'checkout-api-http-5xx' resolved"), Timeline(pm));
        // The per-service policy names the checkout team as authors.
        Assert.Equal(["checkout-team@example.com"], pm.GetProperty("postMortem").GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task PagerDuty_EveryIncidentEvent_BuildsTheDraftTimeline()
    {
        string[] events = ["triggered", "acknowledged", "escalated", "reassigned", "annotated", "resolved"];
        JsonElement last = default;
        foreach (var name in events)
        {
            using var response = await server.PostPagerDutyAsync(_client, WebhookServer.Fixture($"pagerduty-incident.{name}.json"));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            last = await WebhookServer.ReadJsonAsync(response);
            Assert.Equal("pagerduty:Q1ZN9YB4HP5Q6X", last.GetProperty("incidentKey").GetString());
            Assert.Equal(name == "resolved" ? "started" : "recorded", last.GetProperty("status").GetString());
        }

        var pm = await PostMortemAsync(last);
        var incident = pm.GetProperty("postMortem").GetProperty("incident");
        Assert.Equal("Sev1", incident.GetProperty("severity").GetString());
        Assert.Equal("PagerDuty", incident.GetProperty("source").GetString());
        Assert.Equal(["checkout-api"], incident.GetProperty("affectedServices").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("2025-02-09T10:09:12Z", incident.GetProperty("startedAt").GetString());
        Assert.Equal("2025-02-09T10:39:20Z", incident.GetProperty("endedAt").GetString());
        Assert.Equal(
            [
                ("Paged", "PagerDuty incident #7 triggered, paging Ana Silva"),
                ("Acknowledged", "PagerDuty incident #7 acknowledged by Ana Silva"),
                ("Escalated", "PagerDuty incident #7 escalated to Ana Silva, Rui Costa"),
                ("Event", "PagerDuty incident #7 reassigned to Rui Costa"),
                ("Event", "Note on PagerDuty incident by Rui Costa: Rolled back checkout-api to v412; error rate falling."),
                ("Resolved", "PagerDuty incident #7 resolved by Rui Costa"),
            ],
            Timeline(pm));
        var acknowledged = pm.GetProperty("postMortem").GetProperty("timeline")[1];
        Assert.Equal("Ana Silva", acknowledged.GetProperty("actor").GetString());
    }

    [Fact]
    public async Task Delivery_Replayed_Answers200WithTheSamePostMortem()
    {
        var body = WebhookServer.Fixture("alertmanager-resolved.json").Replace("HighErrorRate", "ReplayedAlert");
        using var first = await server.PostAlertmanagerAsync(_client, body);
        var started = await WebhookServer.ReadJsonAsync(first);

        using var again = await server.PostAlertmanagerAsync(_client, body);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var replay = await WebhookServer.ReadJsonAsync(again);
        Assert.Equal("duplicate", replay.GetProperty("status").GetString());
        Assert.Equal(started.GetProperty("postmortemId").GetString(), replay.GetProperty("postmortemId").GetString());
        var postmortems = await WebhookServer.GetJsonAsync(_client, "/api/postmortems");
        Assert.Single(postmortems.EnumerateArray(), p => p.GetProperty("id").GetString() == started.GetProperty("postmortemId").GetString());
    }

    [Fact]
    public async Task Incident_BelowThePolicy_IsListedAndCanBePromoted()
    {
        var body = WebhookServer.Fixture("azure-monitor-resolved.json")
            .Replace("\"Sev1\"", "\"Sev3\"").Replace("b9569717-bc32-442f-add5-83a997729330", "0c7d2b51-3a4e-4f7e-9a51-1d3b5e0f9a77");
        using var response = await server.PostAzureAsync(_client, body);
        var recorded = await WebhookServer.ReadJsonAsync(response);
        Assert.Equal("recorded", recorded.GetProperty("status").GetString());
        var key = recorded.GetProperty("incidentKey").GetString()!;

        var listed = (await WebhookServer.GetJsonAsync(_client, "/api/incidents")).EnumerateArray().Single(i => i.GetProperty("key").GetString() == key);
        Assert.False(listed.GetProperty("needsPostmortem").GetBoolean());
        Assert.Equal("Sev3", listed.GetProperty("severityLabel").GetString());

        using var promoted = await _client.PostAsync($"/api/incidents/{key}/promote", null);
        Assert.Equal(HttpStatusCode.Created, promoted.StatusCode);
        var pm = await PostMortemAsync(await WebhookServer.ReadJsonAsync(promoted));
        Assert.Equal("Sev3", pm.GetProperty("postMortem").GetProperty("incident").GetProperty("severity").GetString());

        using var unknown = await _client.PostAsync("/api/incidents/azure-monitor:nope/promote", null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task PagerDuty_ServiceEvent_IsAcknowledgedAndIgnored()
    {
        using var response = await server.PostPagerDutyAsync(_client, WebhookServer.Fixture("pagerduty-service.updated.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ignored", (await WebhookServer.ReadJsonAsync(response)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Delivery_WhosePostMortemRefusesIt_IsStillAcceptedAndTheRefusalIsKeptOnTheIncident()
    {
        // The post-mortem this incident would start exists already and was cancelled: it refuses to be declared again.
        var body = WebhookServer.Fixture("alertmanager-resolved.json").Replace("HighErrorRate", "CancelledBeforeAlert");
        var key = IncidentKeys.For(IncidentSource.Alertmanager, "{}:{alertname=\"CancelledBeforeAlert\"}");
        var id = IncidentKeys.PostMortemId(key, new DateTimeOffset(2025, 2, 9, 10, 8, 0, TimeSpan.Zero));
        var grain = server.Services.GetRequiredService<IGrainFactory>().GetGrain<IPostMortemGrain>(id);
        var draft = new PostMortem
        {
            Title = "Declared by hand", Authors = ["oncall@example.com"],
            Incident = new Incident { Id = key, StartedAt = new DateTimeOffset(2025, 2, 9, 10, 8, 0, TimeSpan.Zero), AffectedServices = ["checkout"] },
        };
        Assert.Null((await grain.Execute(new DeclarePostMortem(id, draft, []))).Rejection);
        Assert.Null((await grain.Execute(new Cancel("oncall@example.com", "declared twice"))).Rejection);

        using var response = await server.PostAlertmanagerAsync(_client, body);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var answer = await WebhookServer.ReadJsonAsync(response);
        Assert.Equal(("started", key, id), (answer.GetProperty("status").GetString(), answer.GetProperty("incidentKey").GetString(), answer.GetProperty("postmortemId").GetString()));
        var incident = await Eventually.ReachAsync(() => WebhookServer.GetJsonAsync(_client, $"/api/incidents/{Uri.EscapeDataString(key)}"),
            i => i.GetProperty("handOffProblem").ValueKind == JsonValueKind.String, TimeSpan.FromSeconds(20));
        Assert.Contains("Cancelled", incident.GetProperty("handOffProblem").GetString(), StringComparison.Ordinal);
        Assert.Equal(Phase.Cancelled, (await grain.GetState()).Phase);

        using var replay = await server.PostAlertmanagerAsync(_client, body);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
    }

    private async Task<JsonElement> PostMortemAsync(JsonElement answer)
    {
        var id = answer.GetProperty("postmortemId").GetString();
        Assert.False(string.IsNullOrEmpty(id));
        // The post-mortem hears of its incident after the webhook was answered.
        return await Eventually.ReachAsync(async () =>
        {
            using var response = await _client.GetAsync($"/api/postmortems/{id}");
            return response.StatusCode == HttpStatusCode.OK ? await WebhookServer.ReadJsonAsync(response) : (JsonElement?)null;
        }, pm => pm is not null, TimeSpan.FromSeconds(20)) ?? default;
    }

    private static List<(string Kind, string Event)> Timeline(JsonElement pm) =>
        pm.GetProperty("postMortem").GetProperty("timeline").EnumerateArray()
            .Select(e => (e.GetProperty("kind").GetString()!, e.GetProperty("event").GetString()!)).ToList();
}
