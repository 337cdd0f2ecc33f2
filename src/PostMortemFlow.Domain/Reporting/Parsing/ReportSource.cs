using System.Text.RegularExpressions;
using Markdig.Syntax;
using PostMortemFlow.Domain.Rules;
using static PostMortemFlow.Domain.Reporting.Parsing.ReportFormat;

namespace PostMortemFlow.Domain.Reporting.Parsing;

/// <summary>
/// The Markdown being read, line by line, with what the readers learn on the way: where each field was written,
/// what could not be read, and the report's date that bare clock times resolve against.
/// </summary>
internal sealed partial class ReportSource(string markdown)
{
    private readonly List<ParseProblem> _problems = [];
    private readonly List<ParseNote> _notes = [];

    public string Markdown { get; } = markdown;

    public string[] Lines { get; } = markdown.Split('\n');

    public SourceMap Map { get; } = new();

    /// <summary>The incident date from the title or the Date field; null until one is read.</summary>
    public DateOnly? Date { get; set; }

    public IReadOnlyList<ParseProblem> Problems => _problems.OrderBy(p => p.Line).ToArray();

    public IReadOnlyList<ParseNote> Notes => _notes.OrderBy(n => n.Line).ToArray();

    public void Problem(int line, string message) => _problems.Add(new ParseProblem(line, message));

    public void Note(int line, string message) => _notes.Add(new ParseNote(line, message));

    /// <summary>Where block <paramref name="index"/> of <paramref name="blocks"/> ends: at the next block, or at <paramref name="end"/>.</summary>
    public static int BlockEnd(IReadOnlyList<Block> blocks, int index, int end) =>
        index + 1 < blocks.Count ? blocks[index + 1].Line : end;

    public string HeadingText(HeadingBlock heading) => Lines[heading.Line].Trim().TrimStart('#').TrimEnd('#').Trim();

    /// <summary>A heading's name and the note in brackets after it: "Timeline (all times UTC)" → ("Timeline", "all times UTC").</summary>
    public (string Name, string Note) HeadingParts(HeadingBlock heading)
    {
        var text = HeadingText(heading);
        var note = HeadingNote().Match(text);
        return note.Success ? (text[..note.Index], note.Groups["note"].Value.Trim()) : (text, "");
    }

    /// <summary>The section's text from its first block to its end, trimmed, and the 0-based line it starts on.</summary>
    public (string Text, int Line) Slice(ReportSection section)
    {
        if (section.Blocks.Count == 0)
        {
            return ("", section.HeadingLine);
        }
        var first = section.Blocks[0].Line;
        var lines = Lines[first..Math.Min(section.End, Lines.Length)];
        return (string.Join('\n', lines).Trim(), first);
    }

    /// <summary>Lines <paramref name="from"/> up to <paramref name="to"/>, trimmed, the first without its list marker.</summary>
    public string JoinLines(int from, int to)
    {
        var lines = new List<string>();
        for (var i = from; i < to && i < Lines.Length; i++)
        {
            var text = (i == from ? ListMarker().Replace(Lines[i], "") : Lines[i]).Trim();
            if (text.Length > 0)
            {
                lines.Add(text);
            }
        }
        return string.Join('\n', lines);
    }

    /// <summary>The section's first table, or null; either way <paramref name="path"/> maps to the heading.</summary>
    public PipeTable? Table(ReportSection section, string path)
    {
        Map.Add(path, section.HeadingLine + 1);
        return PipeTable.FirstIn(section, Lines);
    }

    public string FreeText(ReportSection section, string path)
    {
        var (text, line) = Slice(section);
        Map.Add(path, (text.Length > 0 ? line : section.HeadingLine) + 1);
        return text;
    }

    /// <summary>The items of the section's lists, or, with no list, one item per paragraph.</summary>
    public ImmutableList<string> Items(ReportSection section, string path)
    {
        Map.Add(path, section.HeadingLine + 1);
        return Items(section.Blocks, section.End, path);
    }

    /// <summary>The items of the blocks' lists, or, with no list, one item per paragraph.</summary>
    public ImmutableList<string> Items(List<Block> blocks, int end, string path)
    {
        if (blocks.Any(b => b is ListBlock))
        {
            return ListItems(blocks, end, path);
        }
        var items = ImmutableList.CreateBuilder<string>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is ParagraphBlock paragraph)
            {
                Map.Add($"{path}[{items.Count}]", paragraph.Line + 1);
                items.Add(JoinLines(paragraph.Line, BlockEnd(blocks, i, end)));
            }
        }
        return items.ToImmutable();
    }

    public ImmutableList<string> ListItems(List<Block> blocks, int end, string path)
    {
        var items = ImmutableList.CreateBuilder<string>();
        for (var b = 0; b < blocks.Count; b++)
        {
            if (blocks[b] is not ListBlock list)
            {
                continue;
            }
            var listEnd = BlockEnd(blocks, b, end);
            for (var i = 0; i < list.Count; i++)
            {
                var item = list[i];
                var itemEnd = BlockEnd(list, i, listEnd);
                Map.Add($"{path}[{items.Count}]", item.Line + 1);
                items.Add(JoinLines(item.Line, itemEnd));
            }
        }
        return items.ToImmutable();
    }

    /// <summary>"Key: value" lines of the given blocks, with list markers and bold removed; lines are 1-based.</summary>
    public IEnumerable<(string Key, string Value, int Line)> Fields(List<Block> blocks, int end)
    {
        for (var b = 0; b < blocks.Count; b++)
        {
            var blockEnd = BlockEnd(blocks, b, end);
            for (var line = blocks[b].Line; line < blockEnd && line < Lines.Length; line++)
            {
                var text = ListMarker().Replace(Lines[line], "").Replace("**", "", StringComparison.Ordinal).Trim();
                var colon = text.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    yield return (Key(text[..colon]), text[(colon + 1)..].Trim(), line + 1);
                }
            }
        }
    }

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\s*[(\[](?<note>[^)\]]*)[)\]]\s*$")]
    private static partial Regex HeadingNote();
}
