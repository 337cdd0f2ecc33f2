using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Integrations.Collection;

namespace PostMortemFlow.Integrations.Prometheus;

/// <summary>Settings <c>Evidence:Prometheus:*</c>.</summary>
public sealed class PrometheusCollectorOptions : CollectorOptions
{
    public const string Section = "Evidence:Prometheus";

    /// <summary>e.g. <c>http://prometheus:9090</c>.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Resolution of the range queries (at most 11,000 points per series over the window).</summary>
    public TimeSpan Step { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Range queries per affected service; the key <c>*</c> applies to every service.</summary>
    public Dictionary<string, List<PrometheusQueryOptions>> Services { get; set; } = [];

    /// <summary>Impact queries per affected service; the key <c>*</c> applies to every service.</summary>
    public Dictionary<string, PrometheusImpactOptions> Impact { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The alert history query; its <c>alertstate</c> label gives pending/firing.</summary>
    public string AlertsQuery { get; set; } = "ALERTS";

    /// <summary>Baseline threshold = median + K·1.4826·MAD of the samples before the incident's start (at least median·(1 + MinRatio)).</summary>
    public double BaselineK { get; set; } = 5;

    public double BaselineMinRatio { get; set; } = 0.5;

    /// <summary>The detector's settings from <see cref="BaselineK"/> and <see cref="BaselineMinRatio"/>.</summary>
    public BaselineSettings Baseline => BaselineSettings.Default with { K = BaselineK, MinRatio = BaselineMinRatio };
}
