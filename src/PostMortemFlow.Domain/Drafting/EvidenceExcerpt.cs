using System.Globalization;
using System.Text;
using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Text;

namespace PostMortemFlow.Domain.Drafting;

/// <summary>
/// What a drafting request carries of one stored evidence file, in a few hundred characters: a Prometheus range
/// answer as each series' span, first and last value and peak; any other file as its first characters on one line.
/// The file is read as stored, so it is already redacted.
/// </summary>
public static class EvidenceExcerpt
{
    public const int MaxLength = 400;

    private const int MaxSeries = 3;

    public static string Of(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.TrimStart().StartsWith('{') && PrometheusRangeReader.Read(content) is { Succeeded: true, Series.Count: > 0 } range)
        {
            return Clip(string.Join("; ", range.Series.Where(s => s.Samples.Count > 0).Take(MaxSeries).Select(Describe))
                + (range.Series.Count > MaxSeries ? string.Create(CultureInfo.InvariantCulture, $"; and {range.Series.Count - MaxSeries} more series") : ""));
        }
        return Clip(string.Join(' ', content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }

    private static string Describe(MetricSeries series)
    {
        var samples = series.Samples;
        var peak = samples.MaxBy(s => s.Value)!;
        return new StringBuilder(series.Name)
            .Append(CultureInfo.InvariantCulture, $": {samples.Count} samples {UtcFormat.Minute(samples[0].Time)} to {UtcFormat.Minute(samples[^1].Time)}")
            .Append(CultureInfo.InvariantCulture, $", from {Number(samples[0].Value)} to {Number(samples[^1].Value)}, peak {Number(peak.Value)} at {UtcFormat.Minute(peak.Time)}")
            .ToString();
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Clip(string text) => text.Length <= MaxLength ? text : text[..(MaxLength - 1)] + "…";
}
