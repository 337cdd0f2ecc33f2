using PostMortemFlow.Integrations.Imports;

namespace PostMortemFlow.Cli;

/// <summary>Reads a post-mortem from a Markdown, HTML or Word file, whichever layout it is written in.</summary>
internal static class DocumentLoader
{
    public static string[] Extensions => PostMortemFiles.Extensions;

    public static bool IsDocument(string path) => PostMortemFiles.IsDocument(path);

    /// <summary>The document, or null after telling the user on stderr why it could not be read.</summary>
    public static LoadedDocument? Load(string path, TextWriter stderr)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var (document, isStandardTemplate) = PostMortemFiles.Read(path, stream);
            return new LoadedDocument(path, document, isStandardTemplate);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or InvalidDataException)
        {
            stderr.WriteLine($"pmf: cannot read {path}: {e.Message}");
            return null;
        }
    }
}
