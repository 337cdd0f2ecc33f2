using System.Globalization;
using System.Text;
using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Text;

namespace PostMortemFlow.Domain.Charts;

/// <summary>
/// Draws metric series as a self-contained SVG line chart with the timeline's key moments as labelled vertical lines.
/// Pure: no I/O, every label is encoded, the output scales to its container (viewBox, width 100 %).
/// </summary>
public static class SvgChart
{
    private const int Width = 720;
    private const int Height = 260;
    private const int Left = 56;
    private const int Right = 16;
    private const int Top = 40;
    private const int Bottom = 48;

    /// <summary>At most this many series are drawn; more would be unreadable.</summary>
    public const int MaxSeries = 12;

    public static string Render(string title, IReadOnlyList<MetricSeries> series, IReadOnlyList<ChartMarker> markers)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(markers);
        series = [.. series.Where(s => s.Samples.Count > 0).Take(MaxSeries)];
        var points = series.SelectMany(s => s.Samples).ToList();
        var svg = SvgParts.Open(Width, Height, title);
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
        var max = points.Max(p => p.Value);
        var min = Math.Min(0, points.Min(p => p.Value));
        if (max <= min)
        {
            max = min + 1;
        }
        double X(DateTimeOffset t) => Left + (t - from).TotalSeconds / (to - from).TotalSeconds * (Width - Left - Right);
        double Y(double v) => Top + (1 - (v - min) / (max - min)) * (Height - Top - Bottom);

        // Axes and their UTC / value labels.
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"#57606a\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"#57606a\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Top + 4}\" text-anchor=\"end\" font-size=\"11\">{Number(max)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Height - Bottom}\" text-anchor=\"end\" font-size=\"11\">{Number(min)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{Height - Bottom + 16}\" font-size=\"11\">{Utc(from)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right}\" y=\"{Height - Bottom + 16}\" text-anchor=\"end\" font-size=\"11\">{Utc(to)}</text>");

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
                $"<g class=\"marker\"><line x1=\"{x}\" y1=\"{labelY + 2}\" x2=\"{x}\" y2=\"{Height - Bottom}\" stroke=\"#6e7781\" stroke-dasharray=\"4 3\"/>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{x}\" y=\"{labelY}\" font-size=\"10\" text-anchor=\"middle\">{Encode(shown[i].Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<title>{Encode(shown[i].Label)} at {Utc(shown[i].Time)}</title></g>");
        }

        var legendY = Height - 14;
        var legendX = Left;
        for (var i = 0; i < series.Count && legendX < Width - 120; i++)
        {
            var name = series[i].Name.Length > 40 ? series[i].Name[..39] + "…" : series[i].Name;
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{legendX}\" y=\"{legendY - 8}\" width=\"10\" height=\"10\" fill=\"{SvgParts.Colour(i)}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{legendX + 14}\" y=\"{legendY + 1}\" font-size=\"10\">{Encode(name)}</text>");
            legendX += 24 + name.Length * 6;
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Encode(string text) => SvgParts.Encode(text);

    private static string F(double value) => SvgParts.Coordinate(value);

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Utc(DateTimeOffset time) => UtcFormat.Minute(time);
}
