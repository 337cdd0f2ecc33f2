namespace PostMortemFlow.Integrations.AzureMonitor;

/// <summary>One resource's metrics, e.g. an App Service's <c>Http5xx,AverageResponseTime</c>.</summary>
public sealed class MetricResourceOptions
{
    /// <summary>The ARM resource id, <c>/subscriptions/…/providers/…</c>.</summary>
    public string ResourceId { get; set; } = "";

    /// <summary>Comma-separated metric names.</summary>
    public string MetricNames { get; set; } = "";

    /// <summary>Comma-separated aggregations; the first one present in a point is used for the baseline.</summary>
    public string Aggregation { get; set; } = "average,maximum,total";

    public string? MetricNamespace { get; set; }
}
