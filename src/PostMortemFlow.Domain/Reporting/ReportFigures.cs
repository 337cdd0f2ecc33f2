using PostMortemFlow.Domain.Charts;
using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Reporting;

/// <summary>The diagrams of a report: the fishbone of its analysis, and the evidence charts that drafted its key moments.</summary>
public static class ReportFigures
{
    /// <summary>What the report always shows: the fishbone of the contributing factors.</summary>
    public static IReadOnlyList<ReportFigure> Of(PostMortem postMortem)
    {
        ArgumentNullException.ThrowIfNull(postMortem);
        return [Fishbone(postMortem)];
    }

    public static ReportFigure Fishbone(PostMortem postMortem)
    {
        ArgumentNullException.ThrowIfNull(postMortem);
        var factors = postMortem.Analysis.Factors.Count;
        return ReportFigure.InContributingFactors("Fishbone diagram", FishboneDiagram.Render(postMortem),
            $"Fishbone diagram: {factors} contributing factor{(factors == 1 ? "" : "s")} by category, leading to the incident.");
    }

    /// <summary>One stored range query's chart, with the timeline's key moments marked, for the Timeline section.</summary>
    /// <param name="artifact">Where the series are stored, e.g. <c>prometheus/api-5xx-rate.json</c>.</param>
    public static ReportFigure EvidenceChart(PostMortem postMortem, string artifact, string? query, IReadOnlyList<MetricSeries> series, BaselineSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(postMortem);
        var chart = Charts.EvidenceChart.Of(artifact, query, series, postMortem.Incident.StartedAt, settings);
        var drafted = postMortem.Timeline.Where(e => e.Kind != TimelineEntryKind.Event && e.EvidenceRef is { } r && r.EndsWith("/" + artifact, StringComparison.Ordinal))
            .Select(e => Text.Words.Of(e.Kind)).Distinct().ToList();
        var caption = $"{artifact}: {Plural(chart.Series.Count, "series", "series")}"
            + (drafted.Count > 0 ? $"; drafted the {string.Join(" and ", drafted).ToLowerInvariant()} moment{(drafted.Count == 1 ? "" : "s")}" : "")
            + "; dashed vertical lines are the timeline's key moments"
            + (chart.Thresholds.Count > 0 ? ", the dashed horizontal line the baseline threshold." : ".");
        return ReportFigure.InTimeline($"Evidence: {artifact}", chart.Svg(Charts.EvidenceChart.KeyMoments(postMortem.Timeline)), caption);
    }

    private static string Plural(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";
}
