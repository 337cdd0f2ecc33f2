using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using PostMortemFlow.Integrations.Telemetry;

namespace PostMortemFlow.Server.Tests.Webhooks;

/// <summary><c>pmf.webhook.deliveries</c>: every delivery is counted once, by source and by what became of it.</summary>
public sealed class WebhookDeliveryMetricsTests(WebhookServer server) : IClassFixture<WebhookServer>
{
    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async Task Deliveries_AcceptedRefusedAndMalformed_CountedBySourceAndStatus()
    {
        using var deliveries = new MetricCollector<long>(server.Services.GetRequiredService<IMeterFactory>(), PostMortemTelemetry.Name, "pmf.webhook.deliveries");

        using (var accepted = await server.PostAlertmanagerAsync(_client, WebhookServer.Fixture("alertmanager-firing.json")))
        {
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        }
        using (var replayed = await server.PostAlertmanagerAsync(_client, WebhookServer.Fixture("alertmanager-firing.json")))
        {
            Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        }
        using (var wrongToken = await _client.PostAsync("/api/webhooks/azure-monitor?token=wrong", WebhookServer.Json("{}")))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrongToken.StatusCode);
        }
        using (var broken = await server.PostPagerDutyAsync(_client, "{\"event\":"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        }

        var counted = deliveries.GetMeasurementSnapshot()
            .Select(m => (Source: (string)m.Tags["source"]!, Status: (string)m.Tags["status"]!, m.Value))
            .ToList();
        Assert.Equal(
            [("alertmanager", "recorded", 1L), ("alertmanager", "duplicate", 1L), ("azure-monitor", "unauthorized", 1L), ("pagerduty", "malformed", 1L)],
            counted);
    }
}
