namespace PostMortemFlow.Domain.Evidence;

/// <summary>Finds the first sample above a robust pre-incident baseline (median + k·MAD) and the return to it.</summary>
public static class BaselineDetector
{
    /// <param name="samples">The series, in time order.</param>
    /// <param name="incidentStart">Samples before it form the baseline.</param>
    public static BaselineResult? Detect(IReadOnlyList<MetricSample> samples, DateTimeOffset incidentStart, BaselineSettings? settings = null)
    {
        settings ??= BaselineSettings.Default;
        var finite = samples.Where(s => double.IsFinite(s.Value)).ToList();
        if (finite.Count == 0)
        {
            return null;
        }
        var before = finite.Where(s => s.Time < incidentStart).Select(s => s.Value).ToList();
        if (before.Count < settings.MinBaselineSamples)
        {
            before = finite.Take(Math.Max(1, finite.Count / 4)).Select(s => s.Value).ToList();
        }
        var median = Median(before);
        var mad = Median(before.Select(v => Math.Abs(v - median)).ToList());
        var margin = Math.Max(settings.K * 1.4826 * mad, Math.Max(settings.MinRatio * Math.Abs(median), settings.MinDelta));
        var threshold = median + margin;

        MetricSample? firstAbove = null;
        MetricSample? recovered = null;
        MetricSample? peak = null;
        var calm = 0;
        foreach (var sample in finite)
        {
            if (sample.Value > threshold)
            {
                firstAbove ??= sample;
                if (peak is null || sample.Value > peak.Value.Value)
                {
                    peak = sample;
                }
                recovered = null;
                calm = 0;
            }
            else if (firstAbove is not null && recovered is null)
            {
                recovered = sample;
                calm = 1;
            }
            else if (recovered is not null)
            {
                calm++;
            }
        }
        if (calm < settings.RecoverySamples)
        {
            recovered = null;
        }
        return new BaselineResult(median, threshold, firstAbove, recovered, peak);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
