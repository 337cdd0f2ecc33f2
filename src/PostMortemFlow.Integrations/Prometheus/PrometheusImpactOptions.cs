using PostMortemFlow.Integrations.Collection;

namespace PostMortemFlow.Integrations.Prometheus;

/// <summary>
/// Settings <c>Evidence:Prometheus:Impact:&lt;service&gt;:*</c>: PromQL rates the incident's impact is computed from, over
/// first symptom → recovery, e.g. <c>FailedRequests</c> <c>sum(irate(http_requests_total{service="{service}",code=~"5.."}[1m]))</c>
/// and <c>TotalRequests</c> the same without the code.
/// </summary>
public sealed class PrometheusImpactOptions : ImpactQueryOptions
{
    /// <summary>
    /// Optional: distinct affected users over the span, evaluated once at the recovery; <c>{range}</c> is replaced by the
    /// span in seconds, e.g. <c>count(sum by (user) (increase(failed_by_user_total[{range}])) > 0)</c>.
    /// </summary>
    public string AffectedUsers { get; set; } = "";
}
