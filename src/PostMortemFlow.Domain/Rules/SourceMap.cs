namespace PostMortemFlow.Domain.Rules;

/// <summary>
/// Maps field paths (see <see cref="Finding.Field"/>) to the 1-based line where the field starts in a Markdown
/// file, so findings on a hand-written post-mortem can name a line. Empty for post-mortems not read from a file.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    public static SourceMap Empty { get; } = new();

    public void Add(string field, int line) => _lines[field] = line;

    public int? LineOf(string? field)
    {
        if (field is null)
        {
            return null;
        }
        // "actionItems[AI-003].owner" falls back to "actionItems[AI-003]", then "actionItems".
        for (var path = field; path.Length > 0; path = Parent(path))
        {
            if (_lines.TryGetValue(path, out var line))
            {
                return line;
            }
        }
        return null;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }
}
