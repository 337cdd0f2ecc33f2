using PostMortemFlow.Domain.Evidence;

namespace PostMortemFlow.Domain.Prevention;

/// <summary>
/// Reads a re-run signature query or the alert history over the checked interval: episodes above the signature's own
/// threshold (a sample above it starts one, the first sample back at or under it ends it, a hole of more than two
/// steps ends it at the last sample plus a step) and alert firings.
/// </summary>
public static class RecurrenceEvaluator
{
    /// <summary>At most this many points per chart.</summary>
    public const int ChartPoints = 240;

    public static QueryRecurrence EvaluateQuery(SignatureQuery query, PrometheusRange answer, DateTimeOffset from, DateTimeOffset to, TimeSpan step)
    {
        if (!answer.Succeeded)
        {
            return QueryRecurrence.NotChecked(query, $"Prometheus refused the query: {answer.Error}");
        }
        var matching = answer.Series.Where(s => s.Describe() == query.Series).ToList();
        var series = matching.Count > 0 ? matching : answer.Series.ToList();
        var samples = series.SelectMany(s => s.Samples)
            .Where(s => s.Time >= from && s.Time <= to && double.IsFinite(s.Value))
            .GroupBy(s => s.Time)
            .Select(g => new MetricSample(g.Key, g.Max(s => s.Value)))
            .OrderBy(s => s.Time)
            .ToList();
        if (samples.Count == 0)
        {
            return QueryRecurrence.NotChecked(query, "Prometheus returned no samples for the interval since publication");
        }
        return new QueryRecurrence
        {
            Name = query.Name,
            Query = query.Query,
            Threshold = query.Threshold,
            Episodes = Episodes(samples, query.Threshold, step),
            CoveredFrom = samples[0].Time,
            CoveredTo = samples[^1].Time,
            Chart = Reduce(samples, ChartPoints),
        };
    }

    public static ImmutableList<RecurrenceEpisode> Episodes(IReadOnlyList<MetricSample> samples, double threshold, TimeSpan step)
    {
        var episodes = ImmutableList.CreateBuilder<RecurrenceEpisode>();
        MetricSample? start = null, last = null;
        var peak = double.MinValue;
        foreach (var sample in samples)
        {
            if (start is not null && sample.Time - last!.Value.Time > step * 2)
            {
                episodes.Add(new RecurrenceEpisode { Start = start.Value.Time, End = last.Value.Time + step, Peak = peak });
                start = null;
            }
            if (sample.Value > threshold)
            {
                if (start is null)
                {
                    start = sample;
                    peak = sample.Value;
                }
                peak = Math.Max(peak, sample.Value);
            }
            else if (start is not null)
            {
                episodes.Add(new RecurrenceEpisode { Start = start.Value.Time, End = sample.Time, Peak = peak });
                start = null;
            }
            last = sample;
        }
        if (start is not null)
        {
            episodes.Add(new RecurrenceEpisode { Start = start.Value.Time, End = null, Peak = peak });
        }
        return episodes.ToImmutable();
    }

    /// <summary>Firings of each signature alert in the ALERTS history: a run of <c>alertstate="firing"</c> samples, holes of more than two steps separating runs.</summary>
    public static ImmutableList<AlertRecurrence> EvaluateAlerts(IReadOnlyList<SignatureAlert> alerts, PrometheusRange answer, DateTimeOffset from, DateTimeOffset to, TimeSpan step)
    {
        if (!answer.Succeeded)
        {
            return [.. alerts.Select(a => AlertRecurrence.NotChecked(a, $"Prometheus refused the alerts query: {answer.Error}"))];
        }
        return [.. alerts.Select(alert =>
        {
            var times = answer.Series
                .Where(s => s.Label("alertname") == alert.Name && s.Label("alertstate") is "firing" or "")
                .SelectMany(s => s.Samples.Where(p => p.Value > 0).Select(p => p.Time))
                .Where(t => t >= from && t <= to)
                .Distinct()
                .Order()
                .ToList();
            var starts = ImmutableList.CreateBuilder<DateTimeOffset>();
            DateTimeOffset? previous = null;
            foreach (var time in times)
            {
                if (previous is null || time - previous > step * 2)
                {
                    starts.Add(time);
                }
                previous = time;
            }
            return new AlertRecurrence { Name = alert.Name, FiredAt = starts.ToImmutable() };
        })];
    }

    /// <summary>
    /// The largest sample of each of at most <paramref name="points"/> equal time buckets, and the first and last sample,
    /// so the chart spans the whole interval.
    /// </summary>
    public static ImmutableList<SeriesPoint> Reduce(IReadOnlyList<MetricSample> samples, int points)
    {
        if (samples.Count <= points)
        {
            return [.. samples.Select(s => new SeriesPoint { Time = s.Time, Value = s.Value })];
        }
        var from = samples[0].Time;
        var width = (samples[^1].Time - from).Ticks / (points - 2) + 1;
        return [.. samples.GroupBy(s => (s.Time - from).Ticks / width)
            .Select(g => g.MaxBy(s => s.Value))
            .Prepend(samples[0]).Append(samples[^1])
            .DistinctBy(s => s.Time)
            .OrderBy(s => s.Time)
            .Select(s => new SeriesPoint { Time = s.Time, Value = s.Value })];
    }
}
