using System.Globalization;
using System.Text;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Text;

namespace PostMortemFlow.Domain.Charts;

/// <summary>
/// The analysis as an Ishikawa (fishbone) diagram in SVG: a spine running to the effect box at the head (the incident),
/// one bone per fishbone category (half above the spine, half below) and each contributing factor of that category as
/// a labelled rib on its bone. Pure: every text is encoded; the output scales to its container (viewBox, width 100 %).
/// </summary>
public static class FishboneDiagram
{
    private const int Width = 1040;
    private const int Margin = 16;
    /// <summary>Room left of the first bone for its ribs' text.</summary>
    private const int FirstRibRoom = 60;
    private const int HeadWidth = 200;
    private const int LabelRoom = 34;
    private const int Slot = 56;
    private const int LineHeight = 12;
    private const int RibChars = 28;
    private const int RibLines = 3;
    private const int HeadChars = 22;
    private const int HeadLines = 6;

    private static readonly FactorCategory[] Categories = Enum.GetValues<FactorCategory>();

    /// <param name="effect">What the head names: the incident.</param>
    public static string Render(string effect, IReadOnlyList<ContributingFactor> factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        effect = string.IsNullOrWhiteSpace(effect) ? "The incident" : effect.Trim();
        var top = Categories.Take((Categories.Length + 1) / 2).ToList();
        var bottom = Categories.Skip(top.Count).ToList();
        int SlotsOf(IEnumerable<FactorCategory> side) => Math.Max(1, side.Max(c => factors.Count(f => f.Category == c)));
        var spineY = LabelRoom + SlotsOf(top) * Slot + 20;
        var height = spineY + 20 + SlotsOf(bottom) * Slot + LabelRoom;
        var headLines = Wrap(effect, HeadChars, HeadLines);
        var headHeight = Math.Max(56, headLines.Count * 16 + 20);
        height = Math.Max(height, headHeight + 2 * Margin);
        var spineEnd = Width - Margin - HeadWidth;
        var column = (spineEnd - Margin - FirstRibRoom) / (double)top.Count;

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fishbone-diagram\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" role=\"img\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Encode($"Fishbone diagram: {effect}")}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc>{Encode(Describe(factors))}</desc>");

        // The spine, ending in an arrow at the effect box.
        svg.Append(CultureInfo.InvariantCulture,
            $"<line class=\"spine\" x1=\"{Margin}\" y1=\"{spineY}\" x2=\"{spineEnd}\" y2=\"{spineY}\" stroke=\"#24292f\" stroke-width=\"3\"/>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<polygon points=\"{spineEnd},{spineY} {spineEnd - 12},{spineY - 7} {spineEnd - 12},{spineY + 7}\" fill=\"#24292f\"/>");
        var headTop = spineY - headHeight / 2.0;
        svg.Append(CultureInfo.InvariantCulture,
            $"<g class=\"effect\"><rect x=\"{spineEnd + 4}\" y=\"{F(headTop)}\" width=\"{HeadWidth - 4}\" height=\"{headHeight}\" rx=\"6\" fill=\"#24292f\"/>");
        svg.Append(Lines(headLines, spineEnd + 4 + (HeadWidth - 4) / 2.0, headTop + (headHeight - headLines.Count * 16) / 2.0 + 12, 16,
            "text-anchor=\"middle\" font-size=\"13\" font-weight=\"600\" fill=\"#ffffff\""));
        svg.Append("</g>");

        for (var i = 0; i < top.Count; i++)
        {
            Bone(svg, top[i], factors, column, i, spineY, LabelRoom, above: true);
        }
        for (var i = 0; i < bottom.Count; i++)
        {
            Bone(svg, bottom[i], factors, column, i, spineY, height - LabelRoom, above: false);
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The diagram of a post-mortem: its title at the head, its analysis' factors on the bones.</summary>
    public static string Render(PostMortem postMortem)
    {
        ArgumentNullException.ThrowIfNull(postMortem);
        return Render(postMortem.Title, postMortem.Analysis.Factors);
    }

    private static void Bone(StringBuilder svg, FactorCategory category, IReadOnlyList<ContributingFactor> factors, double column, int index,
        double spineY, double farY, bool above)
    {
        var own = factors.Where(f => f.Category == category).ToList();
        var nearX = Margin + FirstRibRoom + (index + 1) * column - 12;
        var farX = nearX - Math.Abs(spineY - farY) * 0.3;
        svg.Append(CultureInfo.InvariantCulture,
            $"<g class=\"bone\" data-category=\"{category}\"{(own.Count == 0 ? " opacity=\"0.5\"" : "")}>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<line x1=\"{F(farX)}\" y1=\"{F(farY)}\" x2=\"{F(nearX)}\" y2=\"{F(spineY)}\" stroke=\"#57606a\" stroke-width=\"2\"/>");
        var labelY = above ? farY - 10 : farY + 20;
        var label = own.Count == 0 ? Words.Of(category) : $"{Words.Of(category)} ({own.Count})";
        svg.Append(CultureInfo.InvariantCulture,
            $"<text class=\"category\" x=\"{F(farX)}\" y=\"{F(labelY)}\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"700\">{Encode(label)}</text>");
        for (var j = 0; j < own.Count; j++)
        {
            // Ribs from the far end towards the spine, evenly spaced along the bone.
            var t = (j + 1.0) / (own.Count + 1);
            var y = farY + (spineY - farY) * t;
            var x = farX + (nearX - farX) * t;
            var ribStart = x - column * 0.72;
            var lines = Wrap(own[j].Description, RibChars, RibLines);
            svg.Append(CultureInfo.InvariantCulture,
                $"<g class=\"rib\"><title>{Encode(own[j].Description)}</title><line x1=\"{F(ribStart)}\" y1=\"{F(y)}\" x2=\"{F(x)}\" y2=\"{F(y)}\" stroke=\"#8c959f\" stroke-width=\"1.2\"/>");
            // The text sits above its rib, right-aligned clear of the slanted bone over the whole height of the text.
            var firstY = y - 4 - (lines.Count - 1) * LineHeight;
            double BoneX(double at) => farX + (nearX - farX) * (at - farY) / (spineY - farY);
            var right = Math.Min(BoneX(firstY - LineHeight), BoneX(y)) - 6;
            svg.Append(Lines(lines, right, firstY, LineHeight, "text-anchor=\"end\" font-size=\"10.5\""));
            svg.Append("</g>");
        }
        svg.Append("</g>");
    }

    private static string Lines(IReadOnlyList<string> lines, double x, double firstY, int step, string attributes)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x)}\" y=\"{F(firstY)}\" {attributes}>");
        for (var i = 0; i < lines.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{F(x)}\" y=\"{F(firstY + i * step)}\">{Encode(lines[i])}</tspan>");
        }
        return text.Append("</text>").ToString();
    }

    /// <summary>Words onto lines of at most <paramref name="width"/> characters; past <paramref name="maxLines"/> the last ends in "…".</summary>
    internal static IReadOnlyList<string> Wrap(string text, int width, int maxLines)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var piece = word;
            while (piece.Length > width)
            {
                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }
                lines.Add(piece[..width]);
                piece = piece[width..];
            }
            if (line.Length > 0 && line.Length + 1 + piece.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            line.Append(line.Length > 0 ? " " : "").Append(piece);
        }
        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }
        if (lines.Count > maxLines)
        {
            var last = lines[maxLines - 1];
            lines = [.. lines.Take(maxLines - 1), (last.Length >= width ? last[..(width - 1)] : last) + "…"];
        }
        return lines.Count == 0 ? [""] : lines;
    }

    private static string Describe(IReadOnlyList<ContributingFactor> factors) =>
        string.Join("; ", Categories.Select(c => (Category: c, Factors: factors.Where(f => f.Category == c).Select(f => f.Description).ToList()))
            .Select(x => $"{Words.Of(x.Category)}: {(x.Factors.Count == 0 ? "none" : string.Join(" | ", x.Factors))}"));

    private static string Encode(string text) => SvgParts.Encode(text);

    private static string F(double value) => SvgParts.Coordinate(value);
}
