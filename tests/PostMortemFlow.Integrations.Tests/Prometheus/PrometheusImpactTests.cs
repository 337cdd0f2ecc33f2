using System.Globalization;
using System.Text.Json;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Text;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Prometheus;
using PostMortemFlow.Integrations.Tests.Infrastructure;

namespace PostMortemFlow.Integrations.Tests.Prometheus;

/// <summary>
/// The impact computed on a real Prometheus holding the backfilled incident (5xx spike 10:05–10:35Z). The expected
/// numbers come from the counters themselves, read back from the same Prometheus at the span's two ends.
/// </summary>
public sealed class PrometheusImpactTests : IDisposable
{
    private const string Failed = "sum(irate(http_requests_total{code=\"500\",service=\"{service}\"}[1m]))";
    private const string Total = "sum(irate(http_requests_total{service=\"{service}\"}[1m]))";
    private readonly EvidenceScenario _scenario = new(PrometheusCollector.SourceName);

    private static Uri Server => new(TestServers.Require(TestServers.Prometheus).TrimEnd('/') + "/");

    private PrometheusCollector Collector(Uri baseUrl, PrometheusImpactOptions impact) => _scenario.Collector<PrometheusCollector, PrometheusCollectorOptions>(
        new PrometheusCollectorOptions
        {
            BaseUrl = baseUrl,
            Timeout = TimeSpan.FromSeconds(30),
            RetryDelay = TimeSpan.FromMilliseconds(50),
            Services = new() { ["api"] = [new() { Name = "5xx-rate", Query = "sum(rate(http_requests_total{code=\"500\",service=\"{service}\"}[5m]))" }] },
            Impact = new() { ["api"] = impact },
        });

    [ServerFact(TestServers.Prometheus)]
    public async Task Collect_BackfilledIncident_ComputesTheFailedRequestsTheCountersGive()
    {
        var finished = await Collector(Server, new PrometheusImpactOptions { FailedRequests = Failed, TotalRequests = Total, SloTarget = 0.99 })
            .CollectAsync(_scenario.State);
        _scenario.Finish(finished);

        var impact = Assert.Single(_scenario.State.ComputedImpacts);
        Assert.Null(impact.NotComputed);
        var symptom = _scenario.State.PostMortem.Timeline.First(e => e.Kind == TimelineEntryKind.FirstSymptom);
        var recovery = _scenario.State.PostMortem.Timeline.First(e => e.Kind == TimelineEntryKind.Recovered);
        Assert.Equal((symptom.Time, recovery.Time), (impact.From, impact.To));

        var failed = await CounterAsync("{code=\"500\",service=\"api\"}", impact.To) - await CounterAsync("{code=\"500\",service=\"api\"}", impact.From);
        var total = await CounterAsync("{service=\"api\"}", impact.To) - await CounterAsync("{service=\"api\"}", impact.From);
        Assert.Equal((long)Math.Round(failed), impact.FailedRequests);
        Assert.Equal((long)Math.Round(total), impact.TotalRequests);
        Assert.InRange(impact.FailedRequests!.Value, 40_000, 52_000); // about 25.7/s for 30 minutes
        Assert.Equal(impact.FailedRequests.Value / (double)impact.TotalRequests!.Value, impact.FailedShare!.Value, 12);
        // the spike's samples after the 10:05:00 first symptom (119 of them, 15 s each) fail about half the requests
        Assert.Equal(119 * 0.25, impact.MinutesBelowSlo);
        Assert.InRange(impact.PeakErrorRatio!.Value, 0.4, 0.6);
        Assert.InRange(impact.PeakAt!.Value, impact.From, new DateTimeOffset(2025, 2, 9, 10, 35, 0, TimeSpan.Zero));
        var budget = 0.01 * (impact.TotalRequests.Value / (impact.To - impact.From).TotalSeconds) * TimeSpan.FromDays(30).TotalSeconds;
        Assert.Equal(impact.FailedRequests.Value / budget, impact.BudgetBurned!.Value, 12);

        var figure = impact.Figures[0];
        Assert.Equal(Failed.Replace("{service}", "api", StringComparison.Ordinal), figure.Query);
        Assert.Equal($"postmortems/{_scenario.Id}/evidence/prometheus/api-impact-failed.json", figure.EvidenceRef);
        var stored = await _scenario.Store.ListAsync(_scenario.Id, "prometheus");
        Assert.Contains(stored, a => a.Key.Name == "api-impact-failed.json");
        Assert.Contains(stored, a => a.Key.Name == "api-impact-total.json");
    }

    [ServerFact(TestServers.Prometheus)]
    public async Task Collect_UsersQuery_IsEvaluatedOnceAtTheRecoveryOverTheSpan()
    {
        var finished = await Collector(Server, new PrometheusImpactOptions
        {
            FailedRequests = Failed,
            // distinct status codes served over the span stand in for distinct users: the backfill has 200 and 500
            AffectedUsers = "count(sum by (code) (increase(http_requests_total{service=\"{service}\"}[{range}])) > 0)",
        }).CollectAsync(_scenario.State);

        var impact = Assert.Single(finished.Impacts!);
        Assert.Equal(2, impact.AffectedUsers);
        var seconds = (long)(impact.To - impact.From).TotalSeconds;
        Assert.Contains($"[{seconds}s]", impact.Figures[^1].Query, StringComparison.Ordinal);
    }

    [ServerFact(TestServers.Prometheus)]
    public async Task Collect_ImpactQueryRefused_SaysWhyAndTheTimelineIsStillDrafted()
    {
        var finished = await Collector(Server, new PrometheusImpactOptions { FailedRequests = "sum(rate(http_requests_total[1m]" })
            .CollectAsync(_scenario.State);

        var impact = Assert.Single(finished.Impacts!);
        Assert.StartsWith("could not compute (", impact.NotComputed, StringComparison.Ordinal);
        Assert.Contains("parse error", impact.NotComputed, StringComparison.Ordinal);
        Assert.Null(impact.FailedRequests);
        Assert.Contains(finished.Entries, e => e.Kind == TimelineEntryKind.FirstSymptom);
    }

    [Fact]
    public async Task Collect_PrometheusDown_SaysCouldNotCompute()
    {
        var finished = await Collector(new Uri("http://127.0.0.1:9/"), new PrometheusImpactOptions { FailedRequests = Failed }).CollectAsync(_scenario.State);
        _scenario.Finish(finished);

        var impact = Assert.Single(_scenario.State.ComputedImpacts);
        Assert.Equal("api", impact.Service);
        Assert.StartsWith("could not compute (Prometheus could not be read", impact.NotComputed, StringComparison.Ordinal);
        Assert.Empty(impact.Figures);
    }

    /// <summary>The counter's sum at one moment, as Prometheus itself answers an instant query.</summary>
    private static async Task<double> CounterAsync(string selector, DateTimeOffset at)
    {
        using var http = new HttpClient { BaseAddress = Server };
        var query = Uri.EscapeDataString($"sum(http_requests_total{selector})");
        using var answer = JsonDocument.Parse(await http.GetStringAsync($"api/v1/query?query={query}&time={Uri.EscapeDataString(UtcFormat.Iso(at))}"));
        var value = answer.RootElement.GetProperty("data").GetProperty("result")[0].GetProperty("value")[1].GetString();
        return double.Parse(value!, CultureInfo.InvariantCulture);
    }

    public void Dispose() => _scenario.Dispose();
}
