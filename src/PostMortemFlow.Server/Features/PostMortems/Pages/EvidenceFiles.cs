using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Reporting;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

/// <summary>
/// Reads what the collectors and uploads stored, through the artifact store (so every node of a cluster sees the same
/// files), defensively: a missing post-mortem, an odd file or unreadable JSON yields nothing rather than an error page.
/// </summary>
public sealed class EvidenceFiles(IArtifactStore store, EvidenceCharts charts)
{
    private const int MaxFiles = 200;

    public async Task<IReadOnlyList<EvidenceFile>> ListAsync(string postMortemId, CancellationToken cancellationToken)
    {
        if (!SafeName.IsSafe(postMortemId))
        {
            return [];
        }
        var files = new List<EvidenceFile>();
        foreach (var artifact in (await store.ListAsync(postMortemId, cancellationToken: cancellationToken)).Take(MaxFiles))
        {
            if (!artifact.Key.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || artifact.Bytes > EvidenceCharts.MaxChartBytes)
            {
                files.Add(new EvidenceFile(artifact.RelativePath, artifact.Bytes, []));
                continue;
            }
            var stored = await charts.ReadAsync(artifact.Key, cancellationToken);
            files.Add(new EvidenceFile(artifact.RelativePath, artifact.Bytes, stored.Series, stored.Query));
        }
        return files;
    }
}
