using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PostMortemFlow.Integrations.Tests.WordDocuments;

/// <summary>Writes a small .docx the way Word and a Google Docs export structure one: heading styles, numbered lists, tables, hyperlinks.</summary>
internal sealed class WordDocumentBuilder
{
    private const int ChecklistNumbering = 2;

    private readonly List<Func<MainDocumentPart, OpenXmlElement>> _blocks = [];

    public WordDocumentBuilder Heading(int level, string text)
    {
        _blocks.Add(_ => new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = level == 0 ? "Title" : $"Heading{level}" }), Run(text)));
        return this;
    }

    public WordDocumentBuilder Paragraph(string text)
    {
        _blocks.Add(_ => new Paragraph(Run(text)));
        return this;
    }

    public WordDocumentBuilder ListItem(int level, string text, string? linkText = null, string? link = null)
    {
        _blocks.Add(part =>
        {
            var paragraph = new Paragraph(
                new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 })),
                Run(text));
            if (link is not null)
            {
                var relationship = part.AddHyperlinkRelationship(new Uri(link), true);
                paragraph.Append(new Hyperlink(Run(linkText ?? link)) { Id = relationship.Id });
            }
            return paragraph;
        });
        return this;
    }

    /// <summary>A checklist item as Google Docs exports one: a list whose bullet is "☐", struck through when done.</summary>
    public WordDocumentBuilder ChecklistItem(string text, bool done)
    {
        _blocks.Add(_ => new Paragraph(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = ChecklistNumbering })),
            new Run(new RunProperties(new Strike { Val = done }), new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
        return this;
    }

    public WordDocumentBuilder Table(params string[][] rows)
    {
        _blocks.Add(_ => new Table(rows.Select(cells => new TableRow(cells.Select(c => new TableCell(new Paragraph(Run(c))))))));
        return this;
    }

    public MemoryStream Build()
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(new Level(new LevelText { Val = "☐" }, new NumberingFormat { Val = NumberFormatValues.Bullet }) { LevelIndex = 0 })
                {
                    AbstractNumberId = ChecklistNumbering,
                },
                new NumberingInstance(new AbstractNumId { Val = ChecklistNumbering }) { NumberID = ChecklistNumbering });
            main.Document = new Document(new Body(_blocks.Select(b => b(main))));
        }
        stream.Position = 0;
        return stream;
    }

    private static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
