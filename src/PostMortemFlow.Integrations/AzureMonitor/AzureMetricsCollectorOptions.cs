using PostMortemFlow.Integrations.Collection;

namespace PostMortemFlow.Integrations.AzureMonitor;

/// <summary>Settings <c>Evidence:AzureMetrics:*</c> (Azure Monitor metrics REST API).</summary>
public sealed class AzureMetricsCollectorOptions : CollectorOptions
{
    public const string Section = "Evidence:AzureMetrics";

    public Uri Endpoint { get; set; } = new("https://management.azure.com/");

    public string Scope { get; set; } = "https://management.azure.com/.default";

    public string ApiVersion { get; set; } = "2023-10-01";

    /// <summary>ISO 8601 grain, e.g. <c>PT1M</c>.</summary>
    public string Interval { get; set; } = "PT1M";

    /// <summary>Resources per affected service; the key <c>*</c> applies to every service.</summary>
    public Dictionary<string, List<MetricResourceOptions>> Services { get; set; } = [];

    /// <summary>Impact settings per affected service (<c>Impact:&lt;service&gt;:*</c>); the key <c>*</c> applies to every service.</summary>
    public Dictionary<string, AzureMetricsImpactOptions> Impact { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public double BaselineK { get; set; } = 5;
    public double BaselineMinRatio { get; set; } = 0.5;
}
