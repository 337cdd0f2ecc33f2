namespace PostMortemFlow.Domain.Evidence;

/// <summary>
/// Counts per time bin (Azure Monitor's <c>total</c> per interval, a KQL <c>summarize count() by bin(…)</c>) as the
/// per-second rates <see cref="ImpactCalculator"/> reads: a bin starting at t becomes the rate count / bin at t + bin,
/// because a sample stands for the step before it.
/// </summary>
public static class BinnedCounts
{
    public static MetricSeries AsRates(string name, IEnumerable<(DateTimeOffset Start, double Count)> bins, TimeSpan bin)
    {
        ArgumentNullException.ThrowIfNull(bins);
        if (bin <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(bin), bin, "A bin must be longer than zero.");
        }
        var seconds = bin.TotalSeconds;
        var samples = bins.Where(b => double.IsFinite(b.Count))
            .GroupBy(b => b.Start)
            .OrderBy(g => g.Key)
            .Select(g => new MetricSample(g.Key + bin, g.Sum(b => b.Count) / seconds))
            .ToList();
        return new MetricSeries(new Dictionary<string, string> { ["__name__"] = name }, samples);
    }
}
