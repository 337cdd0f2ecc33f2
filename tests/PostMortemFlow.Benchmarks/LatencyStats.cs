using System.Diagnostics;

namespace PostMortemFlow.Benchmarks;

/// <summary>Percentiles of one set of latencies, in milliseconds (nearest-rank).</summary>
public sealed record LatencyStats(int Count, double MeanMs, double P50Ms, double P90Ms, double P99Ms, double P999Ms, double MaxMs)
{
    /// <summary>Summarises raw <see cref="Stopwatch"/> tick counts.</summary>
    public static LatencyStats From(IReadOnlyCollection<long> ticks)
    {
        if (ticks.Count == 0)
        {
            return new LatencyStats(0, 0, 0, 0, 0, 0, 0);
        }
        var sorted = ticks.Order().ToArray();
        double Ms(long t) => t * 1000.0 / Stopwatch.Frequency;
        double At(double p) => Ms(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)]);
        return new LatencyStats(sorted.Length, sorted.Average(Ms), At(0.50), At(0.90), At(0.99), At(0.999), Ms(sorted[^1]));
    }
}
