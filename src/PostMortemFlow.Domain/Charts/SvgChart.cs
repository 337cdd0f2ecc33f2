using System.Globalization;
using System.Text;
using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Text;

namespace PostMortemFlow.Domain.Charts;

/// <summary>
/// Draws metric series as a self-contained SVG line chart with the timeline's key moments as labelled vertical lines,
/// every series named in a legend and thresholds as labelled horizontal lines.
/// Pure: no I/O, every label is encoded, the output scales to its container (viewBox, width 100 %).
/// </summary>
public static class SvgChart
{
    private const int Width = 720;
    private const int Height = 260;
    private const int Left = 56;
    private const int Right = 16;
    private const int Top = 40;
    private const int Bottom = 62;
    private const int LegendRow = 14;
    private const string ThresholdColour = "#9a6700";

    /// <summary>At most this many series are drawn; more would be unreadable.</summary>
    public const int MaxSeries = 12;

    /// <summary>Legend names longer than this are cut (the full name stays in the line's tooltip).</summary>
    public const int MaxLegendName = 100;

    public static string Render(string title, IReadOnlyList<MetricSeries> series, IReadOnlyList<ChartMarker> markers)
    {
        ArgumentNullException.ThrowIfNull(series);
        return Render(title, [.. series.Select(s => new ChartSeries(s.Name, s.Samples))], markers, []);
    }

    /// <summary>
    /// The chart with each series named in a legend (one row each, below the time axis) and each threshold drawn as a
    /// dashed horizontal line labelled with its value.
    /// </summary>
    public static string Render(string title, IReadOnlyList<ChartSeries> series, IReadOnlyList<ChartMarker> markers, IReadOnlyList<ChartThreshold> thresholds)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(markers);
        ArgumentNullException.ThrowIfNull(thresholds);
        series = [.. series.Where(s => s.Samples.Count > 0).Take(MaxSeries)];
        thresholds = [.. thresholds.Where(t => double.IsFinite(t.Value))];
        var points = series.SelectMany(s => s.Samples).ToList();
        var legendRows = series.Count + thresholds.Count;
        var height = points.Count == 0 ? Height : Height + Math.Max(0, legendRows - 1) * LegendRow;
        var svg = SvgParts.Open(Width, height, title);
        if (points.Count == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width / 2}\" y=\"{Height / 2}\" text-anchor=\"middle\">No data points</text></svg>");
            return svg.ToString();
        }

        var from = points.Min(p => p.Time);
        var to = points.Max(p => p.Time);
        if (to <= from)
        {
            to = from.AddMinutes(1);
        }
        var max = Math.Max(points.Max(p => p.Value), thresholds.Select(t => t.Value * 1.05).DefaultIfEmpty(double.MinValue).Max());
        var min = Math.Min(0, Math.Min(points.Min(p => p.Value), thresholds.Select(t => t.Value).DefaultIfEmpty(0).Min()));
        if (max <= min)
        {
            max = min + 1;
        }
        var axis = Height - Bottom;
        double X(DateTimeOffset t) => Left + (t - from).TotalSeconds / (to - from).TotalSeconds * (Width - Left - Right);
        double Y(double v) => Top + (1 - (v - min) / (max - min)) * (axis - Top);

        // Axes and their UTC / value labels.
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{axis}\" x2=\"{Width - Right}\" y2=\"{axis}\" stroke=\"#57606a\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{axis}\" stroke=\"#57606a\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Top + 4}\" text-anchor=\"end\" font-size=\"11\">{Number(max)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{axis}\" text-anchor=\"end\" font-size=\"11\">{Number(min)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{axis + 16}\" font-size=\"11\">{Utc(from)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right}\" y=\"{axis + 16}\" text-anchor=\"end\" font-size=\"11\">{Utc(to)}</text>");

        foreach (var threshold in thresholds)
        {
            var y = F(Y(threshold.Value));
            svg.Append(CultureInfo.InvariantCulture,
                $"<line class=\"threshold\" x1=\"{Left}\" y1=\"{y}\" x2=\"{Width - Right}\" y2=\"{y}\" stroke=\"{ThresholdColour}\" stroke-width=\"1.2\" stroke-dasharray=\"6 4\"><title>{Encode(threshold.Label)}</title></line>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"threshold\" x=\"{Width - Right - 4}\" y=\"{F(Y(threshold.Value) - 4)}\" text-anchor=\"end\" font-size=\"10\" fill=\"{ThresholdColour}\">{Encode(threshold.Label)}</text>");
        }

        for (var i = 0; i < series.Count; i++)
        {
            var path = string.Join(' ', series[i].Samples.Select(p => F(X(p.Time)) + "," + F(Y(p.Value))));
            svg.Append(CultureInfo.InvariantCulture,
                $"<polyline fill=\"none\" stroke=\"{SvgParts.Colour(i)}\" stroke-width=\"1.8\" points=\"{path}\"><title>{Encode(series[i].Name)}</title></polyline>");
        }

        var shown = markers.Where(m => m.Time >= from && m.Time <= to).OrderBy(m => m.Time).ToList();
        for (var i = 0; i < shown.Count; i++)
        {
            var x = F(X(shown[i].Time));
            var labelY = Top - 26 + i % 3 * 10;
            svg.Append(CultureInfo.InvariantCulture,
                $"<g class=\"marker\"><line x1=\"{x}\" y1=\"{labelY + 2}\" x2=\"{x}\" y2=\"{axis}\" stroke=\"#6e7781\" stroke-dasharray=\"4 3\"/>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{x}\" y=\"{labelY}\" font-size=\"10\" text-anchor=\"middle\">{Encode(shown[i].Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<title>{Encode(shown[i].Label)} at {Utc(shown[i].Time)}</title></g>");
        }

        // The legend: one row per series, then one per threshold, so every name is readable whole.
        var legendY = axis + 34;
        for (var i = 0; i < series.Count; i++, legendY += LegendRow)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{Left}\" y=\"{legendY - 8}\" width=\"10\" height=\"10\" fill=\"{SvgParts.Colour(i)}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"legend\" x=\"{Left + 14}\" y=\"{legendY + 1}\" font-size=\"10\">{Encode(Cut(series[i].Name))}</text>");
        }
        foreach (var threshold in thresholds)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<line x1=\"{Left}\" y1=\"{legendY - 3}\" x2=\"{Left + 10}\" y2=\"{legendY - 3}\" stroke=\"{ThresholdColour}\" stroke-width=\"1.2\" stroke-dasharray=\"3 2\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"legend\" x=\"{Left + 14}\" y=\"{legendY + 1}\" font-size=\"10\">{Encode(Cut(threshold.Label))}</text>");
            legendY += LegendRow;
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Cut(string name) => name.Length > MaxLegendName ? name[..(MaxLegendName - 1)] + "…" : name;

    private static string Encode(string text) => SvgParts.Encode(text);

    private static string F(double value) => SvgParts.Coordinate(value);

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Utc(DateTimeOffset time) => UtcFormat.Minute(time);
}
