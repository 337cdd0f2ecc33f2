namespace PostMortemFlow.Domain.Evidence;

/// <summary>A Prometheus <c>query_range</c> answer (or an export in the same shape): its series, or the error it carried.</summary>
public sealed record PrometheusRange(IReadOnlyList<MetricSeries> Series, string? Warning, string? Error, string? ErrorType)
{
    public bool Succeeded => Error is null;

    public static PrometheusRange Failed(string error, string? type = null) => new([], null, error, type);
}
