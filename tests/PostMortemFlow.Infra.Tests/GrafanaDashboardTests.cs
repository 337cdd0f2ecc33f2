using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PostMortemFlow.Infra.Tests.Support;

namespace PostMortemFlow.Infra.Tests;

public sealed partial class GrafanaDashboardTests
{
    // The metrics both hosts export (OpenTelemetry, Prometheus names); histograms add _bucket, _sum and _count.
    private static readonly string[] Gauges =
    [
        "pmf_postmortems", "pmf_postmortems_overdue", "pmf_action_items_open", "pmf_action_items_overdue", "pmf_effects_failing",
    ];
    private static readonly string[] Counters = ["pmf_effects_retried_total", "pmf_webhook_deliveries_total", "pmf_data_gaps_total"];
    private static readonly string[] Histograms = ["pmf_time_to_publish_seconds", "pmf_collection_duration_seconds"];

    private static readonly JsonObject Dashboard =
        JsonNode.Parse(File.ReadAllText(Path.Combine(BicepCli.InfraDirectory, "grafana-dashboard.json")))!.AsObject();

    [Fact]
    public void Parse_Dashboard_ChartsEveryExportedMetric()
    {
        var charted = Expressions().SelectMany(MetricsIn).Select(BaseName).ToHashSet();

        Assert.Equal(Gauges.Concat(Counters).Concat(Histograms).Order(), charted.Order());
    }

    [Fact]
    public void Parse_Dashboard_QueriesHistogramsThroughBucketsSumsAndCountsOnly()
    {
        var histogramSeries = Expressions().SelectMany(MetricsIn).Where(metric => Histograms.Any(metric.StartsWith)).ToHashSet();

        Assert.All(histogramSeries, metric => Assert.Matches("_(bucket|sum|count)$", metric));
        Assert.Contains("pmf_time_to_publish_seconds_bucket", histogramSeries);
        Assert.Contains("pmf_collection_duration_seconds_bucket", histogramSeries);
    }

    [Fact]
    public void Parse_Dashboard_CountersAreReadAsRatesOrIncreases()
    {
        foreach (var expression in Expressions())
        {
            foreach (var counter in Counters.Where(counter => expression.Contains(counter, StringComparison.Ordinal)))
            {
                Assert.Matches($@"(rate|increase)\({counter}\{{[^}}]*\}}\[", expression);
            }
        }
    }

    [Fact]
    public void Parse_Dashboard_EveryQueryUsesTheDatasourceVariable()
    {
        var variables = Dashboard["templating"]!["list"]!.AsArray().Select(variable => (string)variable!["name"]!).ToList();
        Assert.Contains("datasource", variables);
        Assert.Contains("job", variables);

        Assert.All(Panels().Where(panel => (string?)panel["type"] != "row"), panel =>
        {
            Assert.Equal("${datasource}", (string?)panel["datasource"]!["uid"]);
            Assert.All(panel["targets"]!.AsArray(), target =>
            {
                Assert.Equal("${datasource}", (string?)target!["datasource"]!["uid"]);
                Assert.Contains("job=~\"$job\"", (string)target["expr"]!, StringComparison.Ordinal);
            });
        });
    }

    [Fact]
    public void Parse_Dashboard_PanelsHaveUniqueIdsAndFitTheGrid()
    {
        var panels = Panels().ToList();

        Assert.Equal(panels.Count, panels.Select(panel => (int)panel["id"]!).Distinct().Count());
        Assert.All(panels, panel =>
        {
            var grid = panel["gridPos"]!;
            Assert.InRange((int)grid["x"]! + (int)grid["w"]!, 1, 24);
        });
        Assert.Equal("postmortemflow", (string?)Dashboard["uid"]);
    }

    private static IEnumerable<JsonObject> Panels() =>
        Dashboard["panels"]!.AsArray().Select(panel => panel!.AsObject())
            .SelectMany(panel => new[] { panel }.Concat(panel["panels"]?.AsArray().Select(inner => inner!.AsObject()) ?? []));

    private static IEnumerable<string> Expressions() =>
        Panels().SelectMany(panel => panel["targets"]?.AsArray() ?? []).Select(target => (string)target!["expr"]!);

    private static IEnumerable<string> MetricsIn(string expression) =>
        MetricName().Matches(expression).Select(match => match.Value);

    private static string BaseName(string metric) =>
        Histograms.FirstOrDefault(histogram => metric == $"{histogram}_bucket" || metric == $"{histogram}_sum" || metric == $"{histogram}_count")
        ?? metric;

    [GeneratedRegex(@"\bpmf_[a-z_]+\b")]
    private static partial Regex MetricName();
}
