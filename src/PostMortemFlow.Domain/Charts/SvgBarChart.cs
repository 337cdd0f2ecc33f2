using System.Globalization;
using System.Text;

namespace PostMortemFlow.Domain.Charts;

/// <summary>
/// Draws groups of values (per service, per severity) as a self-contained SVG grouped bar chart, one colour per series.
/// Pure: every label is encoded, each bar carries its value as a tooltip, the output scales to its container.
/// </summary>
public static class SvgBarChart
{
    private const int Width = 720;
    private const int Height = 260;
    private const int Left = 56;
    private const int Right = 16;
    private const int Top = 24;
    private const int Bottom = 64;

    /// <summary>At most this many groups are drawn, the first ones.</summary>
    public const int MaxGroups = 16;

    public static string Render(string title, string unit, IReadOnlyList<string> series, IReadOnlyList<BarGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(groups);
        groups = [.. groups.Take(MaxGroups)];
        var svg = SvgParts.Open(Width, Height, title);
        var max = groups.SelectMany(g => g.Values).OfType<double>().DefaultIfEmpty(0).Max();
        if (groups.Count == 0 || max <= 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width / 2}\" y=\"{Height / 2}\" text-anchor=\"middle\">No data points</text></svg>");
            return svg.ToString();
        }

        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var groupWidth = (double)plotWidth / groups.Count;
        var barWidth = groupWidth * 0.8 / Math.Max(1, series.Count);
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"#57606a\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"#57606a\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Top + 4}\" text-anchor=\"end\" font-size=\"11\">{Number(max)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Height - Bottom}\" text-anchor=\"end\" font-size=\"11\">0</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Top - 10}\" text-anchor=\"start\" font-size=\"10\">{Encode(unit)}</text>");

        for (var g = 0; g < groups.Count; g++)
        {
            var x0 = Left + g * groupWidth + groupWidth * 0.1;
            for (var s = 0; s < series.Count && s < groups[g].Values.Count; s++)
            {
                if (groups[g].Values[s] is not { } value)
                {
                    continue;
                }
                var h = value / max * plotHeight;
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{F(x0 + s * barWidth)}\" y=\"{F(Height - Bottom - h)}\" width=\"{F(barWidth)}\" height=\"{F(h)}\" fill=\"{SvgParts.Colour(s)}\">");
                svg.Append(CultureInfo.InvariantCulture, $"<title>{Encode(groups[g].Label)} · {Encode(series[s])}: {Number(value)} {Encode(unit)}</title></rect>");
            }
            var label = groups[g].Label.Length > 18 ? groups[g].Label[..17] + "…" : groups[g].Label;
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{F(Left + (g + 0.5) * groupWidth)}\" y=\"{Height - Bottom + 14}\" font-size=\"10\" text-anchor=\"middle\">{Encode(label)}</text>");
        }

        var legendX = Left;
        for (var s = 0; s < series.Count && legendX < Width - 120; s++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{legendX}\" y=\"{Height - 22}\" width=\"10\" height=\"10\" fill=\"{SvgParts.Colour(s)}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{legendX + 14}\" y=\"{Height - 13}\" font-size=\"10\">{Encode(series[s])}</text>");
            legendX += 24 + series[s].Length * 6;
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Encode(string text) => SvgParts.Encode(text);

    private static string F(double value) => SvgParts.Coordinate(value);

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
