using System.Text;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Reporting.Reading;
using PostMortemFlow.Integrations.WordDocuments;

namespace PostMortemFlow.Integrations.Imports;

/// <summary>
/// Reads a post-mortem file, whichever layout and format it is written in: Markdown in the standard template by the
/// template's parser, any other Markdown, HTML (a Confluence or Google Docs export) or Word by the reader.
/// </summary>
public static class PostMortemFiles
{
    public static readonly string[] Extensions = [".md", ".markdown", ".html", ".htm", ".docx"];

    public static bool IsDocument(string name) => Extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase);

    public static string ContentTypeOf(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".html" or ".htm" => "text/html; charset=utf-8",
        ".md" or ".markdown" => "text/markdown; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };

    /// <summary>The post-mortem the file holds, and whether it is in the standard template.</summary>
    /// <exception cref="InvalidDataException">The file is not a document of its kind (a damaged Word file, text that is not text).</exception>
    public static (PostMortemDocument Document, bool IsStandardTemplate) Read(string name, Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension == ".docx")
        {
            try
            {
                return (PostMortemReader.Read(WordBlocks.Read(content)), false);
            }
            catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException or InvalidOperationException or System.Xml.XmlException)
            {
                throw new InvalidDataException($"not a Word document ({e.Message})", e);
            }
        }
        var text = Text(content);
        if (extension is ".html" or ".htm")
        {
            return (PostMortemReader.Read(HtmlBlocks.Read(text)), false);
        }
        return MarkdownReportParser.IsStandardTemplate(text)
            ? (MarkdownReportParser.Parse(text), true)
            : (PostMortemReader.Read(MarkdownBlocks.Read(text)), false);
    }

    /// <summary>
    /// UTF-8 (a byte-order mark is dropped), else Latin-1, as older Windows-written files are; text with NUL characters
    /// is a binary file under a text name.
    /// </summary>
    private static string Text(Stream content)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        var bytes = buffer.ToArray();
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.Latin1.GetString(bytes);
        }
        text = text.TrimStart('\uFEFF');
        return text.Contains('\0', StringComparison.Ordinal) ? throw new InvalidDataException("a binary file, not text") : text;
    }
}
