namespace PostMortemFlow.Domain.Evidence;

/// <summary>One metric series of the incident window: its labels (a Prometheus label set) and its samples in time order.</summary>
public sealed record MetricSeries(IReadOnlyDictionary<string, string> Labels, IReadOnlyList<MetricSample> Samples)
{
    public string Label(string name) => Labels.TryGetValue(name, out var value) ? value : "";

    /// <summary>The labels other than the metric name, as PromQL writes them: <c>code="500",service="api"</c>.</summary>
    public string Describe() => string.Join(",", Labels.Where(l => l.Key != "__name__").OrderBy(l => l.Key, StringComparer.Ordinal)
        .Select(l => $"{l.Key}=\"{l.Value}\""));

    /// <summary>What people call the series: <c>http_requests_total{code="500"}</c>, or "series" when it has no labels.</summary>
    public string Name
    {
        get
        {
            var labels = Describe();
            var name = Label("__name__");
            var text = labels.Length == 0 ? name : $"{name}{{{labels}}}";
            return text.Length == 0 ? "series" : text;
        }
    }
}
