using PostMortemFlow.Domain.Evidence;

namespace PostMortemFlow.Integrations.Collection;

/// <summary>
/// What every source's impact settings (<c>Evidence:&lt;source&gt;:Impact:&lt;service&gt;:*</c>, <c>*</c> for every service)
/// share: the failed and all requests, and the SLO they are measured against. <c>{service}</c> is replaced by the service's name.
/// </summary>
public abstract class ImpactQueryOptions
{
    /// <summary>The failed requests, in the source's own terms (a PromQL rate, a metric name, a KQL count per bin).</summary>
    public string FailedRequests { get; set; } = "";

    /// <summary>All requests; gives the share, the peak error rate, the minutes below the SLO and the budget.</summary>
    public string TotalRequests { get; set; } = "";

    /// <summary>The share of requests that must succeed, e.g. 0.999; none means no SLO figures.</summary>
    public double? SloTarget { get; set; }

    /// <summary>The SLO's rolling window, whose error budget the incident burned a share of.</summary>
    public TimeSpan SloWindow { get; set; } = TimeSpan.FromDays(30);

    public ImpactSlo? Slo => SloTarget is { } target ? new ImpactSlo(target, SloWindow) : null;

    /// <summary>The services with impact settings: each one's own, else those under <c>*</c>.</summary>
    public static IEnumerable<(string Service, T Impact)> ForServices<T>(IReadOnlyDictionary<string, T> impact, IReadOnlyList<string> services)
        where T : ImpactQueryOptions =>
        services.Select(service => (service, Impact: impact.GetValueOrDefault(service) ?? (service != "*" ? impact.GetValueOrDefault("*") : null)))
            .Where(s => s.Impact is not null)
            .Select(s => (s.service, s.Impact!));

    /// <summary>The start-up problems of these settings, each naming its setting under <paramref name="at"/>.</summary>
    public virtual IEnumerable<string> Problems(string at)
    {
        if (string.IsNullOrWhiteSpace(FailedRequests))
        {
            yield return $"{at}:FailedRequests is required.";
        }
        if (SloTarget is { } target && target is <= 0 or >= 1)
        {
            yield return $"{at}:SloTarget must lie between 0 and 1 (e.g. 0.999), not {target}.";
        }
        if (SloWindow <= TimeSpan.Zero)
        {
            yield return $"{at}:SloWindow must be positive.";
        }
    }
}
