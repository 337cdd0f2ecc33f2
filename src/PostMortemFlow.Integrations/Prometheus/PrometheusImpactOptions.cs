namespace PostMortemFlow.Integrations.Prometheus;

/// <summary>
/// Settings <c>Evidence:Prometheus:Impact:&lt;service&gt;:*</c> (<c>*</c> for every service): the queries the incident's
/// impact is computed from, over first symptom → recovery. <c>{service}</c> is replaced by the service's name.
/// </summary>
public sealed class PrometheusImpactOptions
{
    /// <summary>Failed requests per second, e.g. <c>sum(irate(http_requests_total{service="{service}",code=~"5.."}[1m]))</c>.</summary>
    public string FailedRequests { get; set; } = "";

    /// <summary>All requests per second; gives the share, the peak error rate, the minutes below the SLO and the budget.</summary>
    public string TotalRequests { get; set; } = "";

    /// <summary>
    /// Optional: distinct affected users over the span, evaluated once at the recovery; <c>{range}</c> is replaced by the
    /// span in seconds, e.g. <c>count(sum by (user) (increase(failed_by_user_total[{range}])) > 0)</c>.
    /// </summary>
    public string AffectedUsers { get; set; } = "";

    /// <summary>The share of requests that must succeed, e.g. 0.999; none means no SLO figures.</summary>
    public double? SloTarget { get; set; }

    /// <summary>The SLO's rolling window, whose error budget the incident burned a share of.</summary>
    public TimeSpan SloWindow { get; set; } = TimeSpan.FromDays(30);
}
