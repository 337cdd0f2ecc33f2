using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PostMortemFlow.Domain.Reporting;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using MarkdownCell = Markdig.Extensions.Tables.TableCell;
using MarkdownRow = Markdig.Extensions.Tables.TableRow;
using MarkdownTable = Markdig.Extensions.Tables.Table;
using WordCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using WordRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace PostMortemFlow.Integrations.Graph;

/// <summary>
/// A Word (.docx) rendering of the Markdown report, walked from Markdig's syntax tree: headings as headings, bold and
/// italic kept, lists as lists, the timeline and action items as real tables, the report's figures as pictures. Raw HTML in
/// the Markdown is not rendered.
/// </summary>
public static class WordReport
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    public static byte[] Render(string title, string markdown) => Render(title, markdown, []);

    /// <summary>
    /// The report with its figures (the fishbone, the evidence charts) as pictures at the end of their sections, each with
    /// its caption; a figure whose section the Markdown lacks goes at the end.
    /// </summary>
    public static byte[] Render(string title, string markdown, IReadOnlyList<ReportFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            document.PackageProperties.Title = title;
            var pending = figures.ToList();
            string? section = null;
            foreach (var block in Markdown.Parse(markdown, Pipeline))
            {
                if (block is HeadingBlock { Level: <= 2 } next)
                {
                    if (section is not null)
                    {
                        AppendFigures(main, body, pending, section);
                    }
                    section = string.Concat(Runs(next.Inline, bold: false, italic: false).Select(r => r.Text));
                }
                AppendBlock(body, block, listPrefix: null);
            }
            if (section is not null)
            {
                AppendFigures(main, body, pending, section);
            }
            AppendFigures(main, body, pending, section: null);
            main.Document.Save();
        }
        return memory.ToArray();
    }

    /// <summary>Appends (and takes out of <paramref name="pending"/>) the figures of the section that just ended; null: all that are left.</summary>
    private static void AppendFigures(MainDocumentPart main, Body body, List<ReportFigure> pending, string? section)
    {
        var due = pending.Where(f => section is null || section.StartsWith(f.Heading, StringComparison.Ordinal)).ToList();
        foreach (var figure in due)
        {
            pending.Remove(figure);
            if (SvgPicture.ToPng(figure.Svg) is { } picture)
            {
                body.Append(new Paragraph(new Run(Picture(main, picture.Png, picture.Width, picture.Height, figure.Title))));
            }
            body.Append(TextParagraph(figure.Caption, Style.Caption));
        }
    }

    private static Drawing Picture(MainDocumentPart main, byte[] png, int width, int height, string title)
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var data = new MemoryStream(png, writable: false))
        {
            part.FeedData(data);
        }
        var id = (uint)main.ImageParts.Count();
        // 16 cm wide (the text width of an A4 or Letter page), the height in proportion.
        const long cx = 5_760_000L;
        var cy = cx * height / Math.Max(1, width);
        return new Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = $"Figure {id}", Description = title },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = id, Name = $"figure-{id}.png", Description = title },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = main.GetIdOfPart(part) }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
    }

    private static void AppendBlock(OpenXmlElement body, Block block, string? listPrefix)
    {
        switch (block)
        {
            case HeadingBlock heading:
                body.Append(Paragraph(heading.Inline, new Style(Bold: true, HalfPoints: 36 - (heading.Level * 4))));
                break;
            case ParagraphBlock paragraph:
                body.Append(Paragraph(paragraph.Inline, Style.Body, listPrefix));
                break;
            case ListBlock list:
                var number = int.TryParse(list.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var prefix = list.IsOrdered ? $"{number++}. " : "• ";
                    foreach (var child in item)
                    {
                        AppendBlock(body, child, prefix);
                        prefix = "   ";
                    }
                }
                break;
            case MarkdownTable table:
                body.Append(Table(table));
                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    AppendBlock(body, child, listPrefix);
                }
                break;
            case LeafBlock { Lines.Count: > 0 } code:
                body.Append(TextParagraph(code.Lines.ToString(), Style.Code));
                break;
        }
    }

    private static WordTable Table(MarkdownTable table)
    {
        var word = new WordTable(new TableProperties(
            new TableBorders(new TopBorder { Val = BorderValues.Single }, new BottomBorder { Val = BorderValues.Single },
                new InsideHorizontalBorder { Val = BorderValues.Single }, new InsideVerticalBorder { Val = BorderValues.Single }),
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        foreach (var row in table.OfType<MarkdownRow>())
        {
            var style = row.IsHeader ? Style.TableHeader : Style.Table;
            word.Append(new WordRow(row.OfType<MarkdownCell>()
                .Select(cell => new WordCell(
                    cell.OfType<ParagraphBlock>().Select(p => Paragraph(p.Inline, style)).DefaultIfEmpty(TextParagraph("", style))))));
        }
        return word;
    }

    private static Paragraph Paragraph(ContainerInline? inlines, Style style, string? prefix = null)
    {
        var paragraph = new Paragraph();
        if (prefix is not null)
        {
            paragraph.Append(Run(prefix, style));
        }
        foreach (var (text, bold, italic) in Runs(inlines, bold: false, italic: false))
        {
            paragraph.Append(Run(text, style with { Bold = style.Bold || bold, Italic = italic }));
        }
        return paragraph;
    }

    private static IEnumerable<(string Text, bool Bold, bool Italic)> Runs(ContainerInline? container, bool bold, bool italic)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            var runs = inline switch
            {
                LiteralInline literal => [(literal.Content.ToString(), bold, italic)],
                CodeInline code => [(code.Content, bold, italic)],
                LineBreakInline => [(" ", bold, italic)],
                EmphasisInline emphasis => Runs(emphasis, bold || emphasis.DelimiterCount >= 2, italic || emphasis.DelimiterCount == 1),
                ContainerInline nested => Runs(nested, bold, italic),
                _ => [],
            };
            foreach (var run in runs)
            {
                yield return run;
            }
        }
    }

    private static Paragraph TextParagraph(string text, Style style) => new(Run(text, style));

    private static Run Run(string text, Style style)
    {
        var properties = new RunProperties();
        if (style.Bold)
        {
            properties.Append(new Bold());
        }
        if (style.Italic)
        {
            properties.Append(new Italic());
        }
        if (style.Monospace)
        {
            properties.Append(new RunFonts { Ascii = "Consolas", HighAnsi = "Consolas" });
        }
        properties.Append(new FontSize { Val = style.HalfPoints.ToString(CultureInfo.InvariantCulture) });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private sealed record Style(bool Bold = false, int HalfPoints = 22, bool Italic = false, bool Monospace = false)
    {
        public static readonly Style Body = new();
        public static readonly Style Code = new(HalfPoints: 20, Monospace: true);
        public static readonly Style Table = new(HalfPoints: 20);
        public static readonly Style TableHeader = new(Bold: true, HalfPoints: 20);
        public static readonly Style Caption = new(HalfPoints: 18, Italic: true);
    }
}
