using System.Globalization;
using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Text;

namespace PostMortemFlow.Domain.Charts;

/// <summary>
/// The chart of one stored range query as the Evidence page and the report draw it: each series named by its query and
/// labels, and the baseline threshold the first symptom was drafted from (the same detection the collector runs).
/// </summary>
public sealed record EvidenceChart(string Title, IReadOnlyList<ChartSeries> Series, IReadOnlyList<ChartThreshold> Thresholds)
{
    /// <param name="title">What the chart is of, e.g. the artifact's path.</param>
    /// <param name="query">The query the series answered (from the source's manifest); null when unknown.</param>
    /// <param name="incidentStart">Samples before it form the baseline.</param>
    public static EvidenceChart Of(string title, string? query, IReadOnlyList<MetricSeries> series, DateTimeOffset incidentStart, BaselineSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var named = series.Where(s => s.Samples.Count > 0).ToList();
        var thresholds = new List<ChartThreshold>();
        if (FirstSymptom.Find(named, incidentStart, settings) is ({ } drafted, { } result))
        {
            var which = named.Count > 1 ? $" ({SeriesName(query, drafted)})" : "";
            thresholds.Add(new ChartThreshold(result.Threshold, $"baseline threshold {N(result.Threshold)}, baseline {N(result.Baseline)}{which}"));
        }
        return new EvidenceChart(title, [.. named.Select(s => new ChartSeries(SeriesName(query, s), s.Samples))], thresholds);
    }

    /// <summary>
    /// The query and the series' own labels, <c>rate(http_requests_total{code="500"}[1m]) · service=api</c>; without a
    /// query, the metric and its labels as PromQL writes them.
    /// </summary>
    public static string SeriesName(string? query, MetricSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (string.IsNullOrWhiteSpace(query))
        {
            return series.Name;
        }
        var labels = string.Join(", ", series.Labels.Where(l => l.Key != "__name__").OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}"));
        var text = query.Trim();
        return labels.Length == 0 ? text : $"{text} · {labels}";
    }

    /// <summary>The timeline's key moments (every row that is not a plain event) as chart markers.</summary>
    public static IReadOnlyList<ChartMarker> KeyMoments(IEnumerable<TimelineEntry> timeline) =>
        [.. timeline.Where(e => e.Kind != TimelineEntryKind.Event).Select(e => new ChartMarker(e.Time, Words.Of(e.Kind)))];

    public string Svg(IReadOnlyList<ChartMarker> markers) => SvgChart.Render(Title, Series, markers, Thresholds);

    private static string N(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
