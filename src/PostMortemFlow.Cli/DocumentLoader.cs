using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Reporting.Reading;
using PostMortemFlow.Integrations.WordDocuments;

namespace PostMortemFlow.Cli;

/// <summary>Reads a post-mortem from a Markdown, HTML or Word file, whichever layout it is written in.</summary>
internal static class DocumentLoader
{
    public static readonly string[] Extensions = [".md", ".markdown", ".html", ".htm", ".docx"];

    public static bool IsDocument(string path) =>
        Extensions.Contains(System.IO.Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>The document, or null after telling the user on stderr why it could not be read.</summary>
    public static LoadedDocument? Load(string path, TextWriter stderr)
    {
        var extension = System.IO.Path.GetExtension(path).ToLowerInvariant();
        try
        {
            switch (extension)
            {
                case ".docx":
                    using (var stream = File.OpenRead(path))
                    {
                        return new LoadedDocument(path, PostMortemReader.Read(WordBlocks.Read(stream)), false);
                    }
                case ".html" or ".htm":
                    return new LoadedDocument(path, PostMortemReader.Read(HtmlBlocks.Read(File.ReadAllText(path))), false);
                default:
                    var markdown = File.ReadAllText(path);
                    return MarkdownReportParser.IsStandardTemplate(markdown)
                        ? new LoadedDocument(path, MarkdownReportParser.Parse(markdown), true)
                        : new LoadedDocument(path, PostMortemReader.Read(MarkdownBlocks.Read(markdown)), false);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or InvalidDataException)
        {
            stderr.WriteLine($"pmf: cannot read {path}: {e.Message}");
            return null;
        }
    }
}
