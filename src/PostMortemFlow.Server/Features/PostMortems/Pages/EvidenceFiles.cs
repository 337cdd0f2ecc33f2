using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Charts;
using PostMortemFlow.Server.Hosting;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

/// <summary>
/// Reads what the collectors stored under <c>{Storage:DataPath}/artifacts/postmortems/{id}/evidence/</c>, defensively:
/// a missing folder, an odd file or unreadable JSON yields nothing rather than an error page.
/// </summary>
public sealed class EvidenceFiles(IOptions<StorageOptions> storage, ILogger<EvidenceFiles> logger)
{
    private const int MaxFiles = 200;
    private const long MaxChartBytes = 8 * 1024 * 1024;

    public IReadOnlyList<EvidenceFile> List(string postMortemId)
    {
        if (postMortemId.Length == 0 || postMortemId.IndexOfAny([.. Path.GetInvalidFileNameChars(), '/', '\\']) >= 0 || postMortemId.Contains("..", StringComparison.Ordinal))
        {
            return [];
        }
        var root = Path.Combine(storage.Value.DataPath, "artifacts", "postmortems", postMortemId, "evidence");
        if (!Directory.Exists(root))
        {
            return [];
        }
        var files = new List<EvidenceFile>();
        try
        {
            foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(MaxFiles))
            {
                var info = new FileInfo(path);
                var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
                files.Add(new EvidenceFile(relative, info.Length, SeriesIn(info)));
            }
        }
        catch (IOException failure)
        {
            logger.LogWarning(failure, "Could not list the evidence of {PostMortem}", postMortemId);
        }
        catch (UnauthorizedAccessException failure)
        {
            logger.LogWarning(failure, "Could not list the evidence of {PostMortem}", postMortemId);
        }
        return files;
    }

    private IReadOnlyList<MetricSeries> SeriesIn(FileInfo file)
    {
        if (!file.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase) || file.Length > MaxChartBytes || file.Name == "manifest.json")
        {
            return [];
        }
        try
        {
            return PrometheusRangeResult.Parse(File.ReadAllText(file.FullName));
        }
        catch (IOException failure)
        {
            logger.LogWarning(failure, "Could not read {File}", file.Name);
            return [];
        }
    }
}
