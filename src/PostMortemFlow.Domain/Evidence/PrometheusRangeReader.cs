using System.Globalization;
using System.Text.Json;

namespace PostMortemFlow.Domain.Evidence;

/// <summary>
/// The one reader of Prometheus <c>query_range</c> answers (<c>resultType: matrix</c>), for the collectors, uploads and
/// the charts alike. Tolerant: unreadable points are skipped, another result type yields no series, a broken or error
/// answer yields <see cref="PrometheusRange.Error"/> instead of an exception.
/// </summary>
public static class PrometheusRangeReader
{
    private const double LatestUnixSeconds = 253402300799;

    public static async Task<PrometheusRange> ReadAsync(Stream json, CancellationToken cancellationToken = default)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(json, cancellationToken: cancellationToken);
            return Read(document.RootElement);
        }
        catch (JsonException broken)
        {
            return PrometheusRange.Failed($"not a Prometheus answer: {broken.Message}");
        }
    }

    public static PrometheusRange Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement);
        }
        catch (JsonException broken)
        {
            return PrometheusRange.Failed($"not a Prometheus answer: {broken.Message}");
        }
    }

    private static PrometheusRange Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return PrometheusRange.Failed("not a Prometheus answer: the JSON is not an object");
        }
        if (String(root, "status") != "success")
        {
            return PrometheusRange.Failed(String(root, "error") ?? "Prometheus answered without data", String(root, "errorType"));
        }
        var warnings = root.TryGetProperty("warnings", out var w) && w.ValueKind == JsonValueKind.Array
            ? string.Join("; ", w.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()))
            : "";
        var series = new List<MetricSeries>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && String(data, "resultType") == "matrix"
            && data.TryGetProperty("result", out var result) && result.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in result.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
            {
                var samples = item.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array
                    ? values.EnumerateArray().Select(Sample).OfType<MetricSample>().OrderBy(s => s.Time).ToList()
                    : [];
                series.Add(new MetricSeries(Labels(item), samples));
            }
        }
        return new PrometheusRange(series, warnings.Length == 0 ? null : warnings, null, null);
    }

    private static MetricSample? Sample(JsonElement pair)
    {
        if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2)
        {
            return null;
        }
        var (time, value) = (pair[0], pair[1]);
        if (time.ValueKind != JsonValueKind.Number || value.ValueKind != JsonValueKind.String
            || !double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            || !double.IsFinite(number))
        {
            return null;
        }
        var seconds = time.GetDouble();
        return seconds is < 0 or > LatestUnixSeconds ? null : new MetricSample(DateTimeOffset.UnixEpoch.AddSeconds(seconds), number);
    }

    private static Dictionary<string, string> Labels(JsonElement item) =>
        item.TryGetProperty("metric", out var metric) && metric.ValueKind == JsonValueKind.Object
            ? metric.EnumerateObject().Where(l => l.Value.ValueKind == JsonValueKind.String).ToDictionary(l => l.Name, l => l.Value.GetString()!, StringComparer.Ordinal)
            : [];

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
