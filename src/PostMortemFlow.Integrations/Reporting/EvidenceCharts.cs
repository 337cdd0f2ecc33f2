using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Prometheus;
using PostMortemFlow.Integrations.Uploads;

namespace PostMortemFlow.Integrations.Reporting;

/// <summary>
/// Reads stored Prometheus range-query answers back for the charts: with the query each one answered (from the source's
/// manifest) and the baseline settings the collector drafted with. Defensive: an unreadable file or manifest yields no
/// series or no query rather than an error, so a report is never held up by its evidence.
/// </summary>
public sealed class EvidenceCharts(IArtifactStore store, IOptions<PrometheusCollectorOptions> prometheus, ILogger<EvidenceCharts> logger)
{
    /// <summary>Files larger than this are not charted.</summary>
    public const long MaxChartBytes = 8 * 1024 * 1024;

    /// <summary>At most this many evidence charts go into a report.</summary>
    public const int MaxReportCharts = 6;

    public BaselineSettings Baseline => prometheus.Value.Baseline;

    /// <summary>The charts of the range queries that drafted the post-mortem's key moments, in the order of those moments.</summary>
    public async Task<IReadOnlyList<ReportFigure>> ForReportAsync(string postMortemId, PostMortem postMortem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(postMortem);
        if (!SafeName.IsSafe(postMortemId))
        {
            return [];
        }
        var keys = postMortem.Timeline
            .Where(e => e.Kind != TimelineEntryKind.Event)
            .OrderBy(e => e.Time)
            .Select(e => ArtifactKey.FromReference(postMortemId, e.EvidenceRef))
            .OfType<ArtifactKey>()
            .Where(k => k.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Distinct()
            .ToList();
        var figures = new List<ReportFigure>();
        foreach (var key in keys)
        {
            var stored = await ReadAsync(key, cancellationToken);
            if (stored.Series.Count > 0)
            {
                figures.Add(ReportFigures.EvidenceChart(postMortem, stored.Path, stored.Query, stored.Series, Baseline));
            }
            if (figures.Count == MaxReportCharts)
            {
                break;
            }
        }
        return figures;
    }

    /// <summary>One stored artifact's series (none when it is not a range-query answer) and the query it answered.</summary>
    public async Task<StoredRangeQuery> ReadAsync(ArtifactKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var path = $"{key.Source}/{key.Name}";
        return new StoredRangeQuery(path, await QueryOfAsync(key, cancellationToken), await SeriesOfAsync(key, path, cancellationToken));
    }

    private async Task<IReadOnlyList<MetricSeries>> SeriesOfAsync(ArtifactKey key, string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var content = await store.OpenReadAsync(key, cancellationToken);
            if (content is null || (content.CanSeek && content.Length > MaxChartBytes))
            {
                return [];
            }
            return [.. (await PrometheusRangeReader.ReadAsync(content, cancellationToken)).Series.Where(s => s.Samples.Count > 0)];
        }
        catch (IOException failure)
        {
            logger.LogWarning(failure, "Could not read {File} for a chart", path);
            return [];
        }
    }

    private async Task<string?> QueryOfAsync(ArtifactKey key, CancellationToken cancellationToken)
    {
        if (key.Source == UploadsCollector.SourceName)
        {
            // An upload's manifest names its format ("upload (prometheus-json)"), not a query: the legend names the series.
            return null;
        }
        try
        {
            var manifest = await store.ReadManifestAsync(key.PostMortemId, key.Source, cancellationToken);
            var query = manifest?.Artifacts.FirstOrDefault(a => a.Name == key.Name)?.Query;
            return string.IsNullOrWhiteSpace(query) ? null : query;
        }
        catch (Exception failure) when (failure is IOException or JsonException)
        {
            logger.LogWarning(failure, "Could not read the manifest of {Source}", key.Source);
            return null;
        }
    }
}
