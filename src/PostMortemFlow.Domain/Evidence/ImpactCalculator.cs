using System.Globalization;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Evidence;

/// <summary>
/// Failed requests, their share, the peak error rate, minutes below the SLO and the error budget burned, from the
/// sampled request rates over first symptom → recovery. A sample at time t stands for the step before it, so the
/// span's samples are those with From &lt; t ≤ To; with <c>irate</c> at the scrape interval the sum is exact.
/// </summary>
public static class ImpactCalculator
{
    public static ComputedImpact Compute(ImpactInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var seconds = inputs.Step.TotalSeconds;
        var failedAt = RatesByTime(inputs.Failed.Series, inputs.Span);
        var totalAt = inputs.Total is { } total ? RatesByTime(total.Series, inputs.Span) : null;
        var figures = ImmutableList.CreateBuilder<ImpactFigure>();
        var impact = new ComputedImpact { Service = inputs.Service, Source = inputs.Source, From = inputs.Span.From, To = inputs.Span.To };

        var failed = (long)Math.Round(failedAt.Values.Sum() * seconds);
        var span = $"{Clock(inputs.Span.From)}–{Clock(inputs.Span.To)} UTC";
        impact = impact with { FailedRequests = failed };
        long? all = totalAt is null ? null : (long)Math.Round(totalAt.Values.Sum() * seconds);
        double? share = all > 0 ? failed / (double)all : null;
        impact = impact with { TotalRequests = all, FailedShare = share };
        figures.Add(new ImpactFigure
        {
            Name = "Failed requests",
            Value = share is { } s ? $"{Count(failed)} ({Percent(s)} of {Count(all!.Value)})" : Count(failed),
            Arithmetic = $"Σ failed requests/s × {Number(seconds)} s over {failedAt.Count} samples, {span}"
                + (all is { } a ? $"; share = {Count(failed)} / {Count(a)}" : ""),
            Query = inputs.Failed.Query,
            EvidenceRef = inputs.Failed.EvidenceRef,
        });

        if (totalAt is not null && inputs.Total is { } totalQuery)
        {
            var ratios = failedAt.Where(f => totalAt.TryGetValue(f.Key, out var t) && t > 0)
                .Select(f => (Time: f.Key, Ratio: Math.Min(1, f.Value / totalAt[f.Key]))).ToList();
            if (ratios.Count > 0)
            {
                var peak = ratios.MaxBy(r => r.Ratio);
                impact = impact with { PeakErrorRatio = peak.Ratio, PeakAt = peak.Time };
                figures.Add(new ImpactFigure
                {
                    Name = "Peak error rate",
                    Value = $"{Percent(peak.Ratio)} at {Clock(peak.Time)} UTC",
                    Arithmetic = "the highest failed/total of any sample",
                    Query = totalQuery.Query,
                    EvidenceRef = totalQuery.EvidenceRef,
                });
            }
            if (inputs.Slo is { IsValid: true } slo)
            {
                var below = ratios.Count(r => 1 - r.Ratio < slo.Target);
                var minutes = below * inputs.Step.TotalMinutes;
                impact = impact with { MinutesBelowSlo = minutes, SloTarget = slo.Target, SloWindow = slo.Window };
                figures.Add(new ImpactFigure
                {
                    Name = "Minutes below the SLO",
                    Value = $"{Number(minutes)} min below {Percent(slo.Target, "0.###")}",
                    Arithmetic = $"{below} samples with successful/total < {Number(slo.Target)}, × {Number(seconds)} s",
                    Query = totalQuery.Query,
                    EvidenceRef = totalQuery.EvidenceRef,
                });
                var spanSeconds = inputs.Span.Length.TotalSeconds;
                if (all > 0 && spanSeconds > 0)
                {
                    var averageRate = all.Value / spanSeconds;
                    var budget = (1 - slo.Target) * averageRate * slo.Window.TotalSeconds;
                    var burned = failed / budget;
                    impact = impact with { BudgetBurned = burned };
                    figures.Add(new ImpactFigure
                    {
                        Name = "Error budget burned",
                        Value = $"{Percent(burned)} of the {Days(slo.Window)} budget",
                        Arithmetic = $"budget = (1 − {Number(slo.Target)}) × {Number(averageRate, "0.##")} requests/s (the span's average) × {Days(slo.Window)} "
                            + $"= {Count((long)Math.Round(budget))} requests; burned = {Count(failed)} / {Count((long)Math.Round(budget))}",
                        Query = totalQuery.Query,
                        EvidenceRef = totalQuery.EvidenceRef,
                    });
                }
            }
        }

        if (inputs.Users is { } users)
        {
            impact = impact with { AffectedUsers = users.Count };
            figures.Add(new ImpactFigure
            {
                Name = "Affected users",
                Value = Count(users.Count),
                Arithmetic = $"distinct users counted by the query over {span}",
                Query = users.Query,
                EvidenceRef = users.EvidenceRef,
            });
        }
        return impact with { Figures = figures.ToImmutable() };
    }

    /// <summary>Impact that could not be computed, with the reason people read.</summary>
    public static ComputedImpact NotComputed(string service, string source, EvidenceWindow span, string reason) =>
        new() { Service = service, Source = source, From = span.From, To = span.To, NotComputed = reason };

    /// <summary>The series summed per sample time, inside the span.</summary>
    private static SortedDictionary<DateTimeOffset, double> RatesByTime(IEnumerable<MetricSeries> series, EvidenceWindow span)
    {
        var byTime = new SortedDictionary<DateTimeOffset, double>();
        foreach (var sample in series.SelectMany(s => s.Samples))
        {
            if (sample.Time > span.From && sample.Time <= span.To && double.IsFinite(sample.Value) && sample.Value >= 0)
            {
                byTime[sample.Time] = byTime.GetValueOrDefault(sample.Time) + sample.Value;
            }
        }
        return byTime;
    }

    private static string Clock(DateTimeOffset time) => time.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Number(double value, string format = "0.####") => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Percent(double share, string format = "0.0") => (share * 100).ToString(format, CultureInfo.InvariantCulture) + " %";

    private static string Days(TimeSpan window) =>
        window.TotalDays >= 1 && window.TotalDays == Math.Floor(window.TotalDays) ? $"{Number(window.TotalDays)}-day" : $"{Number(window.TotalHours)}-hour";
}
