using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PostMortemFlow.Integrations.Graph;

/// <summary>A Word (.docx) rendering of the Markdown report: headings as headings, table rows as tab-separated lines.</summary>
public static class WordReport
{
    public static byte[] Render(string title, string markdown)
    {
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            document.PackageProperties.Title = title;
            foreach (var raw in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            {
                var line = raw.TrimEnd();
                if (line.Length == 0 || IsTableRule(line))
                {
                    continue;
                }
                var level = line.TakeWhile(c => c == '#').Count();
                if (level is > 0 and <= 6 && line.Length > level && line[level] == ' ')
                {
                    body.Append(Paragraph(line[(level + 1)..], bold: true, halfPoints: 36 - (level * 4)));
                }
                else if (line.StartsWith('|'))
                {
                    body.Append(Paragraph(string.Join('\t', line.Trim('|').Split('|').Select(c => c.Trim())), bold: false, halfPoints: 20));
                }
                else
                {
                    body.Append(Paragraph(line.Replace("**", "", StringComparison.Ordinal), bold: false, halfPoints: 22));
                }
            }
            main.Document.Save();
        }
        return memory.ToArray();
    }

    private static bool IsTableRule(string line) => line.StartsWith('|') && line.All(c => c is '|' or '-' or ':' or ' ');

    private static Paragraph Paragraph(string text, bool bold, int halfPoints)
    {
        var properties = new RunProperties(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold)
        {
            properties.PrependChild(new Bold());
        }
        return new Paragraph(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
