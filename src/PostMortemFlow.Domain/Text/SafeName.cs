namespace PostMortemFlow.Domain.Text;

/// <summary>
/// Names that are safe as a file name, a blob path segment and a URL segment on every platform: 1–100 characters of
/// ASCII letters, digits, '-', '_' and '.', never "." or "..".
/// </summary>
public static class SafeName
{
    public const int MaxLength = 100;

    public static bool IsSafe(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= MaxLength && name is not ("." or "..") && name.All(IsSafeChar);

    /// <summary>A safe name made from <paramref name="text"/>: other characters become '_', leading dots go, long names keep their extension.</summary>
    public static string From(string text, string fallback = "file")
    {
        var mapped = new string([.. text.Select(c => IsSafeChar(c) ? c : '_')]).TrimStart('.');
        if (mapped.Length == 0 || mapped.All(c => c == '_'))
        {
            return fallback;
        }
        if (mapped.Length <= MaxLength)
        {
            return mapped;
        }
        var extension = Path.GetExtension(mapped);
        extension = extension.Length is > 1 and <= 16 ? extension : "";
        return mapped[..(MaxLength - extension.Length)] + extension;
    }

    private static bool IsSafeChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';
}
