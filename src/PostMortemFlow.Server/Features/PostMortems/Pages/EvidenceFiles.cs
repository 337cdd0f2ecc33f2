using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Integrations.Artifacts;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

/// <summary>
/// Reads what the collectors and uploads stored, through the artifact store (so every node of a cluster sees the same
/// files), defensively: a missing post-mortem, an odd file or unreadable JSON yields nothing rather than an error page.
/// </summary>
public sealed class EvidenceFiles(IArtifactStore store, ILogger<EvidenceFiles> logger)
{
    private const int MaxFiles = 200;
    private const long MaxChartBytes = 8 * 1024 * 1024;

    public async Task<IReadOnlyList<EvidenceFile>> ListAsync(string postMortemId, CancellationToken cancellationToken)
    {
        if (!SafeName.IsSafe(postMortemId))
        {
            return [];
        }
        var files = new List<EvidenceFile>();
        foreach (var artifact in (await store.ListAsync(postMortemId, cancellationToken: cancellationToken)).Take(MaxFiles))
        {
            files.Add(new EvidenceFile(artifact.RelativePath, artifact.Bytes, await SeriesInAsync(artifact, cancellationToken)));
        }
        return files;
    }

    private async Task<IReadOnlyList<MetricSeries>> SeriesInAsync(ArtifactInfo artifact, CancellationToken cancellationToken)
    {
        if (!artifact.Key.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || artifact.Bytes > MaxChartBytes)
        {
            return [];
        }
        try
        {
            await using var content = await store.OpenReadAsync(artifact.Key, cancellationToken);
            return content is null ? [] : [.. (await PrometheusRangeReader.ReadAsync(content, cancellationToken)).Series.Where(s => s.Samples.Count > 0)];
        }
        catch (IOException failure)
        {
            logger.LogWarning(failure, "Could not read {File}", artifact.RelativePath);
            return [];
        }
    }
}
