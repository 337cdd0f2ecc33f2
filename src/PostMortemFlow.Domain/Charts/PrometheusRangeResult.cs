using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PostMortemFlow.Domain.Charts;

/// <summary>Reads the series of a Prometheus <c>query_range</c> answer (<c>resultType: matrix</c>); anything else yields none.</summary>
public static class PrometheusRangeResult
{
    public const int MaxSeries = 12;

    public static IReadOnlyList<MetricSeries> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object
                || !data.TryGetProperty("resultType", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "matrix"
                || !data.TryGetProperty("result", out var result) || result.ValueKind != JsonValueKind.Array)
            {
                return [];
            }
            var series = new List<MetricSeries>();
            foreach (var item in result.EnumerateArray().Take(MaxSeries))
            {
                if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
                {
                    var points = values.EnumerateArray().Select(Point).OfType<MetricPoint>().OrderBy(p => p.Time).ToList();
                    if (points.Count > 0)
                    {
                        series.Add(new MetricSeries(NameOf(item), points));
                    }
                }
            }
            return series;
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static MetricPoint? Point(JsonElement pair)
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
        return seconds is < 0 or > 253402300799 ? null : new MetricPoint(DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000)), number);
    }

    private static string NameOf(JsonElement item)
    {
        if (!item.TryGetProperty("metric", out var metric) || metric.ValueKind != JsonValueKind.Object)
        {
            return "series";
        }
        var name = metric.TryGetProperty("__name__", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() ?? "" : "";
        var labels = new StringBuilder();
        foreach (var label in metric.EnumerateObject().Where(l => l.Name != "__name__" && l.Value.ValueKind == JsonValueKind.String))
        {
            labels.Append(labels.Length == 0 ? "" : ", ").Append(label.Name).Append("=\"").Append(label.Value.GetString()).Append('"');
        }
        var text = labels.Length == 0 ? name : $"{name}{{{labels}}}";
        return text.Length == 0 ? "series" : text;
    }
}
