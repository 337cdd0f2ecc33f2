using PostMortemFlow.Domain.Evidence;

namespace PostMortemFlow.Integrations.Prometheus;

/// <summary>One series: its labels and samples in time order.</summary>
public sealed record PrometheusSeries(IReadOnlyDictionary<string, string> Labels, IReadOnlyList<MetricSample> Samples)
{
    public string Label(string name) => Labels.TryGetValue(name, out var value) ? value : "";

    public string Describe() => string.Join(",", Labels.Where(l => l.Key != "__name__").Select(l => $"{l.Key}=\"{l.Value}\""));
}
