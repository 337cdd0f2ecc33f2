namespace PostMortemFlow.Domain.Evidence;

/// <summary>The series of a query that rose above its baseline first: the one a first symptom is drafted from.</summary>
public static class FirstSymptom
{
    /// <returns>That series and what the detector found in it; null when no series rose above its baseline.</returns>
    public static (MetricSeries Series, BaselineResult Result)? Find(IEnumerable<MetricSeries> series, DateTimeOffset incidentStart, BaselineSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var found = series
            .Select(s => (Series: s, Result: BaselineDetector.Detect(s.Samples, incidentStart, settings)))
            .Where(x => x.Result?.FirstAbove is not null)
            .OrderBy(x => x.Result!.FirstAbove!.Value.Time)
            .FirstOrDefault();
        return found.Result is null ? null : (found.Series, found.Result);
    }
}
