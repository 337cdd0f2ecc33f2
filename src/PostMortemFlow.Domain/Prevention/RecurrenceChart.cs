using PostMortemFlow.Domain.Charts;
using PostMortemFlow.Domain.Evidence;

namespace PostMortemFlow.Domain.Prevention;

/// <summary>The signature's series over the checked interval as one SVG chart, with the publication and the closing of done items marked.</summary>
public static class RecurrenceChart
{
    /// <summary>Null when no query of the check has samples to draw.</summary>
    public static string? Render(RecurrenceCheck check)
    {
        var series = check.Queries.Where(q => !q.Chart.IsEmpty)
            .Select(q => new MetricSeries(new Dictionary<string, string> { ["__name__"] = q.Name },
                [.. q.Chart.Select(p => new MetricSample(p.Time, p.Value))]))
            .ToList();
        if (series.Count == 0)
        {
            return null;
        }
        var markers = new List<ChartMarker> { new(check.From, "published") };
        markers.AddRange(check.Verdicts.Where(v => v.ClosedAt > check.From).Select(v => new ChartMarker(v.ClosedAt, $"{v.ItemId} closed")));
        markers.AddRange(check.Queries.SelectMany(q => q.Episodes).Select(e => new ChartMarker(e.Start, "recurred")).DistinctBy(m => m.Time).Take(6));
        return SvgChart.Render($"Signature since publication ({RecurrenceText.Interval(check)})", series, markers);
    }
}
