using PostMortemFlow.Integrations.Collection;

namespace PostMortemFlow.Integrations.AzureMonitor;

/// <summary>
/// Settings <c>Evidence:AzureMetrics:Impact:&lt;service&gt;:*</c>: one resource's metrics the impact is computed from, each a
/// count per interval, e.g. an App Service's <c>FailedRequests</c> <c>Http5xx</c> and <c>TotalRequests</c> <c>Requests</c>.
/// The metrics API has no distinct count, so affected users come from Log Analytics or Prometheus.
/// </summary>
public sealed class AzureMetricsImpactOptions : ImpactQueryOptions
{
    /// <summary>The ARM resource id, <c>/subscriptions/…/providers/…</c>.</summary>
    public string ResourceId { get; set; } = "";

    public string? MetricNamespace { get; set; }

    /// <summary>The aggregation that counts requests per interval.</summary>
    public string Aggregation { get; set; } = "total";

    public override IEnumerable<string> Problems(string at) =>
        string.IsNullOrWhiteSpace(ResourceId) ? base.Problems(at).Prepend($"{at}:ResourceId is required.") : base.Problems(at);
}
