using System.Globalization;
using System.Net;
using System.Text;

namespace PostMortemFlow.Domain.Charts;

/// <summary>What every chart of this folder draws the same way: the opening of the SVG with its title, the palette, encoded text, coordinates.</summary>
internal static class SvgParts
{
    private static readonly string[] Colours = ["#1f6feb", "#d1242f", "#1a7f37", "#9a6700", "#8250df", "#0a7a8a", "#bc4c00", "#57606a"];

    /// <summary>Opens a self-contained SVG that scales to its container, titled for screen readers and tooltips.</summary>
    public static StringBuilder Open(int width, int height, string title)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {width} {height}\" width=\"100%\" role=\"img\" aria-label=\"{Encode(title)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Encode(title)}</title>");
        return svg;
    }

    public static string Colour(int series) => Colours[series % Colours.Length];

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    public static string Coordinate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
