namespace PostMortemFlow.Domain.Reporting.Reading;

/// <summary>
/// A document cut into sections by meaning at any heading level: the title (the first H1, or a first H2 that names
/// no section), the blocks before the first section, and the sections in order. A heading without a meaning of its
/// own belongs to the nearest section above it at a smaller level; with none, it starts a section of unknown meaning.
/// </summary>
internal sealed class DocumentOutline
{
    private DocumentOutline(string title, int titleLine, OutlinedSection head, List<OutlinedSection> sections)
    {
        Title = title;
        TitleLine = titleLine;
        Head = head;
        Sections = sections;
    }

    public string Title { get; }

    public int TitleLine { get; }

    public OutlinedSection Head { get; }

    public IReadOnlyList<OutlinedSection> Sections { get; }

    public static DocumentOutline Of(BlockDocument document)
    {
        var title = "";
        var titleLine = 0;
        var head = new OutlinedSection("", 0, 0, SectionMeaning.Unknown);
        var sections = new List<OutlinedSection>();
        var open = new Stack<OutlinedSection>();
        var hasH1 = document.Blocks.OfType<BlockHeading>().Any(h => h.Level == 1 && h.Text.Length > 0);
        foreach (var block in document.Blocks)
        {
            if (block is not BlockHeading heading)
            {
                (open.Count > 0 ? open.Peek() : head).Blocks.Add(block);
                continue;
            }
            if (sections.Count > 0 && sections[^1].Meaning == SectionMeaning.Timeline && DateLine.StartsRowOrDay(heading.Text))
            {
                // "## May 12" after "## Timeline", or "### 08:47 - Note pending pods": rows of the timeline, not sections.
                open.Clear();
                open.Push(sections[^1]);
                sections[^1].Blocks.Add(heading);
                continue;
            }
            var meaning = SectionMeanings.Of(heading.Text);
            var isTitle = title.Length == 0 && sections.Count == 0 && heading.Text.Length > 0
                && (heading.Level == 1 || (!hasH1 && heading.Level == 2 && meaning == SectionMeaning.Unknown));
            if (isTitle)
            {
                title = heading.Text;
                titleLine = heading.Line;
                continue;
            }
            while (open.Count > 0 && open.Peek().Level >= heading.Level)
            {
                open.Pop();
            }
            if (meaning == SectionMeaning.Unknown && open.Count > 0)
            {
                open.Peek().Blocks.Add(heading);
                continue;
            }
            var section = new OutlinedSection(heading.Text, heading.Line, heading.Level, meaning);
            sections.Add(section);
            open.Push(section);
        }
        return new DocumentOutline(title, titleLine, head, sections);
    }
}
