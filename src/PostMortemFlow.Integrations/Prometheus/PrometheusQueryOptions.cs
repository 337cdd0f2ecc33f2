namespace PostMortemFlow.Integrations.Prometheus;

/// <summary>One range query of a service (<c>{service}</c> in the text is replaced by the service's name).</summary>
public sealed class PrometheusQueryOptions
{
    /// <summary>A short name for the artifact and the timeline row, e.g. "5xx-rate".</summary>
    public string Name { get; set; } = "";

    public string Query { get; set; } = "";

    /// <summary>Look for the first sample above the pre-incident baseline (and the recovery) in this query.</summary>
    public bool DetectSymptom { get; set; } = true;
}
