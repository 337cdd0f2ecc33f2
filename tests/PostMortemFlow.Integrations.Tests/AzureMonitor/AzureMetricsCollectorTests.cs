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

    /// <summary>
    /// Per-minute counts as the metrics API gives them, each stamped with its interval's start: 300 of 1 200 requests fail
    /// in each minute from 10:05 to 10:34, and the minutes either side (outside first symptom → recovery) are not counted.
    /// </summary>
    private static string ImpactAnswer(string requests = """{"errorCode":"Success","name":{"value":"Requests"}""")
    {
        string Points(Func<int, int> total) => string.Join(",", Enumerable.Range(4, 32).Select(m =>
            $$"""{"timeStamp":"2025-02-09T10:{{m:00}}:00Z","total":{{total(m)}}}"""));
        return $$"""
            {"timespan":"2025-02-09T10:05:00Z/2025-02-09T10:35:00Z","interval":"PT1M","value":[
             {"errorCode":"Success","name":{"value":"Http5xx","localizedValue":"Http Server Errors"},"unit":"Count",
              "timeseries":[{"metadatavalues":[],"data":[{{Points(m => m is >= 5 and <= 34 ? 300 : 7)}}]}]},
             {{requests}},"unit":"Count","timeseries":[{"metadatavalues":[],"data":[{{Points(m => m is >= 5 and <= 34 ? 1200 : 1000)}}]}]}]}
            """;
    }

    private async Task<(FakeServer Server, Domain.Workflow.Commands.CollectorFinished Finished)> CollectWithImpactAsync(string impactAnswer)
    {
        var server = await FakeServer.StartAsync(async (context, _) =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(context.Request.QueryString.Value!.Contains("metricnames=Http5xx%2CRequests", StringComparison.Ordinal) ? impactAnswer : Answer());
        });
        var collector = _scenario.Collector<AzureMetricsCollector, AzureMetricsCollectorOptions>(new AzureMetricsCollectorOptions
        {
            Endpoint = server.BaseUrl,
            Services = new() { ["api"] = [new() { ResourceId = Resource, MetricNames = "Http5xx", Aggregation = "total" }] },
            Impact = new() { ["*"] = new() { ResourceId = Resource, FailedRequests = "Http5xx", TotalRequests = "Requests", SloTarget = 0.999 } },
        }, new FakeCredential("arm-token"));
        return (server, await collector.CollectAsync(_scenario.State));
    }

    [Fact]
    public async Task Collect_ImpactMetrics_CountsTheFailedRequestsOfTheIntervalsBetweenFirstSymptomAndRecovery()
    {
        var (server, finished) = await CollectWithImpactAsync(ImpactAnswer());
        await using var _ = server;

        var asked = server.Requests.Last();
        Assert.Contains("timespan=2025-02-09T10%3A05%3A00Z%2F2025-02-09T10%3A35%3A00Z&interval=PT1M&metricnames=Http5xx%2CRequests&aggregation=total", asked.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal("Bearer arm-token", asked.Header("Authorization"));
        var impact = Assert.Single(finished.Impacts!);
        Assert.Null(impact.NotComputed);
        Assert.Equal(("api", "azuremetrics", 30 * 300L, 30 * 1200L, 0.25), (impact.Service, impact.Source, impact.FailedRequests, impact.TotalRequests, impact.FailedShare));
        Assert.Equal(30, impact.MinutesBelowSlo);
        // budget = (1 − 0.999) × 36 000 requests / 1 800 s × 30 days = 51 840 requests
        Assert.Equal(9_000 / 51_840d, impact.BudgetBurned!.Value, 9);
        var failed = impact.Figures[0];
        Assert.Equal($"Http5xx (total per PT1M) of {Resource}", failed.Query);
        Assert.Equal($"postmortems/{_scenario.Id}/evidence/azuremetrics/api-impact.json", failed.EvidenceRef);
        Assert.Contains("× 60 s over 30 samples, 10:05:00–10:35:00 UTC", failed.Arithmetic, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_ImpactMetricRefused_SaysItCouldNotComputeAndWhy_AndTheTimelineIsStillDrafted()
    {
        var (server, finished) = await CollectWithImpactAsync(ImpactAnswer(
            """{"errorCode":"InvalidMetricName","errorMessage":"Requests is not a metric of this resource","name":{"value":"Requests"}"""));
        await using var _ = server;

        var impact = Assert.Single(finished.Impacts!);
        Assert.Equal("could not compute (Requests: InvalidMetricName Requests is not a metric of this resource)", impact.NotComputed);
        Assert.Null(impact.FailedRequests);
        Assert.Contains(finished.Entries, e => e.Kind == TimelineEntryKind.FirstSymptom);
    }

    public void Dispose() => _scenario.Dispose();
}
