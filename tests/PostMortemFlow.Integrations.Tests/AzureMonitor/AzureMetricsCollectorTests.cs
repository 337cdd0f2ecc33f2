using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Integrations.AzureMonitor;
using PostMortemFlow.Integrations.Tests.Infrastructure;

namespace PostMortemFlow.Integrations.Tests.AzureMonitor;

/// <summary>Against a local server answering in the metrics REST API's documented shape (GetMetric example).</summary>
public sealed class AzureMetricsCollectorTests : IDisposable
{
    private const string Resource = "/subscriptions/sub-1/resourceGroups/rg/providers/Microsoft.Web/sites/api";
    private readonly EvidenceScenario _scenario = new(AzureMetricsCollector.SourceName);

    private static string Answer()
    {
        var points = new StringBuilder();
        var start = new DateTimeOffset(2025, 2, 9, 9, 38, 0, TimeSpan.Zero);
        for (var m = 0; m <= 92; m++)
        {
            var t = start.AddMinutes(m);
            var total = t >= new DateTimeOffset(2025, 2, 9, 10, 5, 0, TimeSpan.Zero) && t < new DateTimeOffset(2025, 2, 9, 10, 35, 0, TimeSpan.Zero) ? 1500 : 12 + m % 3;
            points.Append(m == 0 ? "" : ",").Append($$"""{"timeStamp":"{{t.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}","total":{{total}}}""");
        }
        points.Append(""",{"timeStamp":"2025-02-09T11:11:00Z"}""");
        return $$"""
            {"cost":92,"timespan":"2025-02-09T09:38:00Z/2025-02-09T11:10:00Z","interval":"PT1M","namespace":"Microsoft.Web/sites","resourceregion":"westeurope",
             "value":[{"id":"{{Resource}}/providers/Microsoft.Insights/metrics/Http5xx","type":"Microsoft.Insights/metrics","name":{"value":"Http5xx","localizedValue":"Http Server Errors"},
               "unit":"Count","errorCode":"Success","timeseries":[{"metadatavalues":[],"data":[{{points}}]}]},
              {"id":"x","type":"Microsoft.Insights/metrics","name":{"value":"Requests","localizedValue":"Requests"},"unit":"Count","errorCode":"InvalidMetricName","errorMessage":"Requests is not supported","timeseries":[]}]}
            """;
    }

    [Fact]
    public async Task Collect_Metrics_SendsTimespanAndToken_DraftsSymptomAndRecovery_AndGapsFailedMetrics()
    {
        await using var server = await FakeServer.StartAsync(async (context, _) =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(Answer());
        });
        var credential = new FakeCredential("arm-token");
        var collector = _scenario.Collector<AzureMetricsCollector, AzureMetricsCollectorOptions>(new AzureMetricsCollectorOptions
            {
                Endpoint = server.BaseUrl,
                Services = new() { ["api"] = [new() { ResourceId = Resource, MetricNames = "Http5xx,Requests", Aggregation = "total" }] },
            }, credential);

        var finished = await collector.CollectAsync(_scenario.State);

        var request = Assert.Single(server.Requests);
        Assert.StartsWith(Resource + "/providers/Microsoft.Insights/metrics?api-version=2023-10-01&timespan=2025-02-09T09%3A38%3A00Z%2F2025-02-09T11%3A10%3A00Z&interval=PT1M&metricnames=Http5xx%2CRequests&aggregation=total", request.PathAndQuery);
        Assert.Equal("Bearer arm-token", request.Header("Authorization"));
        Assert.Equal(["https://management.azure.com/.default"], credential.Scopes);
        Assert.Equal(new DateTimeOffset(2025, 2, 9, 10, 5, 0, TimeSpan.Zero), Assert.Single(finished.Entries, e => e.Kind == TimelineEntryKind.FirstSymptom).Time);
        Assert.Equal(new DateTimeOffset(2025, 2, 9, 10, 35, 0, TimeSpan.Zero), Assert.Single(finished.Entries, e => e.Kind == TimelineEntryKind.Recovered).Time);
        Assert.Contains("InvalidMetricName", Assert.Single(finished.Gaps).Reason);
    }

    public void Dispose() => _scenario.Dispose();
}
