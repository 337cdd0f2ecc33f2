using PostMortemFlow.Domain.Reporting.Parsing;
using PostMortemFlow.Domain.Rules;

namespace PostMortemFlow.Domain.Reporting.Reading;

/// <summary>What the reader knows about the whole document while it reads a section, and what it has to say.</summary>
internal sealed class ReadingContext
{
    private readonly List<ParseNote> _notes = [];

    /// <summary>The incident's date as the document states it; null when it does not.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>The zone the document declares for its times ("All times in PST"); null when it declares none.</summary>
    public StatedZone? Zone { get; set; }

    /// <summary>The document writes numeric dates day first ("27-02-2026"), so "06-05-2026" is 6 May.</summary>
    public bool DayFirst { get; init; }

    public SourceMap Map { get; } = new();

    public IReadOnlyList<ParseNote> Notes => _notes.OrderBy(n => n.Line).ToArray();

    private int _timelineRows;
    private int _actionItems;
    private int _factors;

    public void Note(int line, string message) => _notes.Add(new ParseNote(line, message));

    /// <summary>Maps the next timeline row, counted across every timeline section, to its line.</summary>
    public void MapTimelineRow(int line) => MapFields($"timeline[{_timelineRows++}]", line, "", ".time", ".event");

    /// <summary>Maps the next action item, counted across every action section, to its line.</summary>
    public void MapActionItem(int line) => MapFields($"actionItems[{_actionItems++}]", line, "", ".action", ".owner", ".deadline", ".priority", ".status");

    /// <summary>Maps the next factor, counted across every section that lists factors, to its line.</summary>
    public void MapFactor(int line) => MapFields($"analysis.factors[{_factors++}]", line, "", ".description");

    private void MapFields(string path, int line, params string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            Map.Add(path + suffix, line);
        }
    }

    public void NotUsed(DocumentBlock block, string section)
    {
        var what = block switch
        {
            BlockTable => "table",
            BlockCode => "code block",
            BlockListItem => "list item",
            BlockHeading h => $"heading '{Short(h.Text)}'",
            BlockParagraph p => $"paragraph '{Short(p.Text)}'",
            _ => "block",
        };
        Note(block.Line, section.Length > 0 ? $"{what} in section '{Short(section)}' not used" : $"{what} not used");
    }

    public static string Short(string text)
    {
        var line = text.Split('\n')[0].Trim();
        return line.Length <= 50 ? line : line[..47].TrimEnd() + "…";
    }
}
