namespace PostMortemFlow.Cli;

internal static class InputFile
{
    /// <summary>The file's text, or null after telling the user on stderr why it could not be read.</summary>
    public static string? Read(string path, TextWriter stderr)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"pmf: cannot read {path}: {e.Message}");
            return null;
        }
    }
}
