using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Text;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

/// <param name="Path">Relative to the post-mortem's evidence folder, e.g. "prometheus/error_rate.json".</param>
/// <param name="Series">The metric series in it, when it is a Prometheus range-query answer.</param>
/// <param name="Query">The query it answered, from its source's manifest, when known.</param>
public sealed record EvidenceFile(string Path, long Bytes, IReadOnlyList<MetricSeries> Series, string? Query = null)
{
    /// <summary>The evidence page's anchor of this file: its chart when it has series, else its row among the stored files.</summary>
    public string Anchor => AnchorOf(Path);

    /// <summary>The anchor of a file named by its path in the evidence folder (<c>prometheus/error_rate.json</c>).</summary>
    public static string AnchorOf(string path) => "evidence-" + SafeName.From(path).Replace('.', '-');
}
