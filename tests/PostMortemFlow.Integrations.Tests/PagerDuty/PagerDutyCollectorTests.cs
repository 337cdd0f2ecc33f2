using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Integrations.PagerDuty;
using PostMortemFlow.Integrations.Tests.Infrastructure;

namespace PostMortemFlow.Integrations.Tests.PagerDuty;

/// <summary>Against a local server answering like PagerDuty's REST API v2 (listIncidentLogEntries).</summary>
public sealed class PagerDutyCollectorTests : IDisposable
{
    private readonly EvidenceScenario _scenario = new(PagerDutyCollector.SourceName);

    private const string Page1 = """
        {"log_entries":[
          {"id":"R1","type":"trigger_log_entry","summary":"Triggered through the API","created_at":"2025-02-09T10:08:05Z","agent":{"id":"S1","type":"service_reference","summary":"api"},"service":{"id":"PSVC1"},"incident":{"id":"Q1"}},
          {"id":"R2","type":"notify_log_entry","summary":"Notified Ana via SMS","created_at":"2025-02-09T10:08:10Z","user":{"id":"U1","type":"user_reference","summary":"Ana Silva"},"channel":{"type":"sms"}},
          {"id":"R3","type":"acknowledge_log_entry","summary":"Acknowledged by Ana Silva","created_at":"2025-02-09T10:11:00Z","agent":{"id":"U1","type":"user_reference","summary":"Ana Silva"}}
        ],"limit":3,"offset":0,"more":true,"total":null}
        """;

    private const string Page2 = """
        {"log_entries":[
          {"id":"R4","type":"escalate_log_entry","summary":"Escalated to level 2 (DB on-call)","created_at":"2025-02-09T10:15:00Z","agent":{"id":"S1","summary":"api"}},
          {"id":"R5","type":"annotate_log_entry","summary":"Note added","created_at":"2025-02-09T10:20:00Z","agent":{"id":"U2","summary":"Rui Costa"},"channel":{"type":"note","summary":"Rolling back v42, token=pd-secret-1"}},
          {"id":"R6","type":"resolve_log_entry","summary":"Resolved by Rui Costa","created_at":"2025-02-09T10:41:00Z","agent":{"id":"U2","summary":"Rui Costa"},"future_field":{"x":1}}
        ],"limit":3,"offset":3,"more":false,"total":null}
        """;

    [Fact]
    public async Task Collect_IncidentLogEntries_PagesWithTokenAuth_AndDraftsPagedAckEscalationNotes()
    {
        await using var server = await FakeServer.StartAsync((context, n) =>
        {
            if (n == 1)
            {
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = "1";
                return context.Response.WriteAsync("""{"error":{"message":"Rate Limit Exceeded","code":2020}}""");
            }
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync(context.Request.Query["offset"] == "0" ? Page1 : Page2);
        });
        var state = _scenario.State with
        {
            PostMortem = _scenario.State.PostMortem with { Incident = _scenario.State.PostMortem.Incident with { Id = "Q1", Source = IncidentSource.PagerDuty } },
        };
        var collector = _scenario.Collector<PagerDutyCollector, PagerDutyCollectorOptions>(new PagerDutyCollectorOptions { BaseUrl = server.BaseUrl, Token = "pd-key", PageSize = 3 });

        var finished = await collector.CollectAsync(state);

        var requests = server.Requests.ToArray();
        Assert.Equal(3, requests.Length);
        Assert.All(requests, r => Assert.Equal(("Token token=pd-key", "application/vnd.pagerduty+json;version=2"), (r.Header("Authorization"), r.Header("Accept"))));
        Assert.Equal("/incidents/Q1/log_entries?since=2025-02-09T09%3A38%3A00Z&until=2025-02-09T11%3A10%3A00Z&is_overview=false&time_zone=UTC&limit=3&offset=0", requests[1].PathAndQuery);
        Assert.EndsWith("offset=3", requests[2].PathAndQuery);
        Assert.Equal(
            [
                (TimelineEntryKind.Event, "System"), (TimelineEntryKind.Paged, "Ana Silva"), (TimelineEntryKind.Acknowledged, "Ana Silva"),
                (TimelineEntryKind.Escalated, "api"), (TimelineEntryKind.Event, "Rui Costa"), (TimelineEntryKind.Resolved, "Rui Costa"),
            ],
            finished.Entries.Select(e => (e.Kind, e.Actor)));
        Assert.Equal("Note by Rui Costa: Rolling back v42, token=[REDACTED]", finished.Entries[4].Event);
        Assert.Empty(finished.Gaps);
    }

    [Fact]
    public async Task Collect_Unauthorized_BecomesAGap()
    {
        await using var server = await FakeServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = 401;
            return context.Response.WriteAsync("""{"error":{"message":"Unauthorized","code":2006}}""");
        });
        var collector = _scenario.Collector<PagerDutyCollector, PagerDutyCollectorOptions>(new PagerDutyCollectorOptions { BaseUrl = server.BaseUrl, Token = "wrong", ServiceIds = new() { ["api"] = "PSVC1" } });

        var finished = await collector.CollectAsync(_scenario.State);

        Assert.StartsWith("/log_entries?", Assert.Single(server.Requests).PathAndQuery);
        Assert.Contains("HTTP 401", Assert.Single(finished.Gaps).Reason);
    }

    public void Dispose() => _scenario.Dispose();
}
