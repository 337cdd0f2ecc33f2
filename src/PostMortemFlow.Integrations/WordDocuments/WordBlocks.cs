using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PostMortemFlow.Domain.Reporting.Reading;

namespace PostMortemFlow.Integrations.WordDocuments;

/// <summary>
/// A Word document (.docx, as Word or a Google Docs export writes it) as <see cref="DocumentBlock"/>s: headings from
/// the Title and Heading 1–6 styles (or a paragraph's outline level), list items from numbering with their level and a
/// ☐/☒ checkbox, tables with their first row as the header, hyperlinks as "[words](address)". Lines are block positions.
/// </summary>
public static class WordBlocks
{
    /// <exception cref="InvalidDataException">The stream is not a Word document.</exception>
    public static BlockDocument Read(Stream docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        try
        {
            using var document = WordprocessingDocument.Open(docx, false);
            var main = document.MainDocumentPart ?? throw new InvalidDataException("The file has no main document part.");
            var blocks = new List<DocumentBlock>();
            foreach (var element in main.Document?.Body?.ChildElements ?? Enumerable.Empty<OpenXmlElement>())
            {
                switch (element)
                {
                    case Paragraph paragraph:
                        AddParagraph(paragraph, main, blocks);
                        break;
                    case Table table:
                        blocks.Add(TableOf(table, main, blocks.Count + 1));
                        break;
                }
            }
            return new BlockDocument(blocks);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidOperationException)
        {
            throw new InvalidDataException($"Not a Word document: {e.Message}", e);
        }
    }

    private static void AddParagraph(Paragraph paragraph, MainDocumentPart main, List<DocumentBlock> blocks)
    {
        var text = TextOf(paragraph, main).Trim();
        if (text.Length == 0)
        {
            return;
        }
        var line = blocks.Count + 1;
        var properties = paragraph.ParagraphProperties;
        if (HeadingLevel(properties, main) is { } level)
        {
            blocks.Add(new BlockHeading(line, level, text));
            return;
        }
        if (properties?.NumberingProperties is { } numbering)
        {
            var depth = numbering.NumberingLevelReference?.Val?.Value ?? 0;
            bool? isChecked = text[0] switch { '☐' => false, '☒' or '☑' => true, _ => Checkbox(Bullet(numbering, depth, main)) };
            if (text[0] is '☐' or '☒' or '☑')
            {
                text = text[1..].Trim();
            }
            // A checklist's done items are struck through (Google Docs exports them so).
            if (IsStruckThrough(paragraph))
            {
                text = $"~~{text}~~";
                isChecked = true;
            }
            blocks.Add(new BlockListItem(line, depth, text, isChecked));
            return;
        }
        blocks.Add(new BlockParagraph(line, text));
    }

    /// <summary>The bullet a list level draws ("☐" for a checklist), from the numbering definitions.</summary>
    private static string? Bullet(NumberingProperties numbering, int depth, MainDocumentPart main)
    {
        var definitions = main.NumberingDefinitionsPart?.Numbering;
        var numberId = numbering.NumberingId?.Val?.Value;
        if (definitions is null || numberId is null)
        {
            return null;
        }
        var abstractId = definitions.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numberId)?.AbstractNumId?.Val?.Value;
        return definitions.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId)?
            .Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == depth)?.LevelText?.Val?.Value;
    }

    private static bool? Checkbox(string? bullet) => bullet switch
    {
        "☐" or "□" => false,
        "☒" or "☑" or "✓" or "✔" => true,
        _ => null,
    };

    private static bool IsStruckThrough(Paragraph paragraph)
    {
        var runs = paragraph.Descendants<Run>().Where(r => r.Descendants<Text>().Any(t => t.Text.Trim().Length > 0)).ToList();
        return runs.Count > 0 && runs.All(r => r.RunProperties?.Strike is { } strike && (strike.Val is null || strike.Val.Value));
    }

    /// <summary>1 for Title and Heading 1, 2–6 for the other headings, from the style's id or name or the outline level.</summary>
    private static int? HeadingLevel(ParagraphProperties? properties, MainDocumentPart main)
    {
        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        if (styleId is not null)
        {
            var name = main.StyleDefinitionsPart?.Styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId)?.StyleName?.Val?.Value ?? styleId;
            foreach (var candidate in new[] { styleId, name })
            {
                var key = candidate.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
                if (key is "title")
                {
                    return 1;
                }
                if (key.StartsWith("heading", StringComparison.Ordinal) && int.TryParse(key["heading".Length..], out var n) && n is >= 1 and <= 6)
                {
                    return n;
                }
            }
        }
        return properties?.OutlineLevel?.Val?.Value is { } outline && outline < 6 ? outline + 1 : null;
    }

    private static BlockTable TableOf(Table table, MainDocumentPart main, int line)
    {
        var rows = table.Elements<TableRow>()
            .Select(r => r.Elements<TableCell>().Select(c => string.Join('\n', c.Elements<Paragraph>().Select(p => TextOf(p, main).Trim()).Where(t => t.Length > 0))).ToImmutableArray())
            .ToList();
        return rows.Count == 0
            ? new BlockTable(line, [], [])
            : new BlockTable(line, rows[0], [.. rows.Skip(1).Select(cells => new BlockTableRow(line, cells))]);
    }

    /// <summary>A paragraph's text with breaks as '\n', tabs as spaces, and hyperlinks as "[words](address)".</summary>
    private static string TextOf(OpenXmlElement element, MainDocumentPart main)
    {
        var text = new System.Text.StringBuilder();
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Hyperlink link:
                    var words = TextOf(link, main);
                    var address = link.Id?.Value is { } id
                        ? main.HyperlinkRelationships.FirstOrDefault(r => r.Id == id)?.Uri.ToString()
                        : null;
                    text.Append(address is null ? words : $"[{words}]({address})");
                    break;
                case Run run:
                    foreach (var part in run.ChildElements)
                    {
                        text.Append(part switch
                        {
                            Text t => t.Text,
                            TabChar => " ",
                            Break or CarriageReturn => "\n",
                            _ => "",
                        });
                    }
                    break;
                case ParagraphProperties:
                    break;
                default:
                    text.Append(TextOf(child, main));
                    break;
            }
        }
        return text.ToString();
    }
}
