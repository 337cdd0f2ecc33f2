using System.Globalization;
using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Prevention;
using PostMortemFlow.Integrations.Collection;

namespace PostMortemFlow.Integrations.Prometheus;

/// <summary>Turns range-query series into timeline rows; shared by the Prometheus collector and uploaded exports.</summary>
public static class PrometheusEvidence
{
    /// <summary>
    /// The first sample above baseline (first symptom) and the return to it (recovery), for the earliest series; the
    /// detection (query, series, threshold) is recorded for the signature. <paramref name="query"/> is null for an upload.
    /// </summary>
    public static void AddSymptoms(CollectionRun run, string name, PrometheusRange matrix, BaselineSettings settings, string artifact, string? query = null)
    {
        if (FirstSymptom.Find(matrix.Series, run.Incident.StartedAt, settings) is not ({ } series, { FirstAbove: { } first } result))
        {
            return;
        }
        var labels = series.Describe();
        var what = labels.Length == 0 ? name : $"{name} {{{labels}}}";
        var row = run.Row(first.Time, $"First symptom: {what} above its baseline ({N(first.Value)} > {N(result.Threshold)}, baseline {N(result.Baseline)})", TimelineEntryKind.FirstSymptom, artifact);
        run.Add(row);
        run.Detect(new SignatureQuery
        {
            Name = name, Query = query, Series = labels, Baseline = result.Baseline, Threshold = result.Threshold, FirstAbove = first.Time, EvidenceRef = row.EvidenceRef,
        });
        if (result.Recovered is { } back)
        {
            run.Add(run.Row(back.Time, $"Recovery: {what} back to its baseline ({N(back.Value)} ≤ {N(result.Threshold)})", TimelineEntryKind.Recovered, artifact));
        }
    }

    /// <summary>
    /// Pending, firing and resolved moments from the ALERTS series. Resolved is the last sample plus one step; on
    /// backfilled data (no staleness markers) that is up to the 5-minute lookback late.
    /// </summary>
    public static void AddAlerts(CollectionRun run, PrometheusRange matrix, TimeSpan step, string artifact)
    {
        foreach (var series in matrix.Series)
        {
            var alert = series.Label("alertname");
            var state = series.Label("alertstate");
            foreach (var (from, to) in Runs(series.Samples.Where(s => s.Value > 0).Select(s => s.Time), step))
            {
                if (state == "pending")
                {
                    run.Add(run.Row(from, $"Alert {alert} pending", TimelineEntryKind.Event, artifact));
                }
                else if (state == "firing")
                {
                    run.Add(run.Row(from, $"Alert {alert} firing", TimelineEntryKind.Detected, artifact));
                    if (to + step < run.Window.To)
                    {
                        run.Add(run.Row(to + step, $"Alert {alert} resolved", TimelineEntryKind.Event, artifact));
                    }
                }
            }
        }
    }

    private static IEnumerable<(DateTimeOffset From, DateTimeOffset To)> Runs(IEnumerable<DateTimeOffset> times, TimeSpan step)
    {
        DateTimeOffset? from = null, last = null;
        foreach (var time in times.Order())
        {
            if (last is not null && time - last > step * 2)
            {
                yield return (from!.Value, last.Value);
                from = null;
            }
            from ??= time;
            last = time;
        }
        if (from is not null)
        {
            yield return (from.Value, last!.Value);
        }
    }

    private static string N(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
