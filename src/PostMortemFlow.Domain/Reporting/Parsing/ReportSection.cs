using Markdig.Syntax;

namespace PostMortemFlow.Domain.Reporting.Parsing;

/// <summary>The blocks under one level-2 heading (or before the first one); lines are 0-based.</summary>
internal sealed class ReportSection(string key, int headingLine, string note = "")
{
    /// <summary>The heading as <see cref="ReportFormat.Key"/> spells it: "rootcause", "actionitems".</summary>
    public string Key { get; } = key;

    /// <summary>What the heading said in brackets after its name: "all times UTC" for "## Timeline (all times UTC)".</summary>
    public string Note { get; } = note;

    public int HeadingLine { get; } = headingLine;

    public List<Block> Blocks { get; } = [];

    /// <summary>The line after the section's last line.</summary>
    public int End { get; set; }

    /// <summary>Where block <paramref name="index"/> ends: at the next block, or at the end of the section.</summary>
    public int EndOf(int index) => ReportSource.BlockEnd(Blocks, index, End);
}
