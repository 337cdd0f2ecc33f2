namespace PostMortemFlow.Domain.Reporting.Reading;

/// <summary>
/// A document cut into sections by meaning at any heading level: the title (the first H1, or a first H2 that names
/// no section), the blocks before the first section, and the sections in order. A heading without a meaning of its
/// own belongs to the nearest section above it at a smaller level; with none, it starts a section of unknown meaning.
/// A bold line that names a section ("**Timeline**", "**Root Causes:** …") counts as a heading below all others.
/// </summary>
internal sealed class DocumentOutline
{
    private readonly List<OutlinedSection> _sections = [];
    private readonly Stack<OutlinedSection> _open = new();
    private readonly bool _hasH1;
    private readonly bool _titledElsewhere;
    private bool _titleFollows;

    private DocumentOutline(bool hasH1, bool titledElsewhere) => (_hasH1, _titledElsewhere) = (hasH1, titledElsewhere);

    public string Title { get; private set; } = "";

    public int TitleLine { get; private set; }

    public OutlinedSection Head { get; } = new("", 0, 0, SectionMeaning.Unknown);

    public IReadOnlyList<OutlinedSection> Sections => _sections;

    public static DocumentOutline Of(BlockDocument document)
    {
        var outline = new DocumentOutline(document.Blocks.OfType<BlockHeading>().Any(h => h.Level == 1 && PseudoHeading.IsTitle(h.Text)),
            document.FrontMatter.ContainsKey("title"));
        var blocks = document.Blocks.SelectMany(b => b is BlockParagraph p ? PseudoHeading.Fields(p) : (IEnumerable<DocumentBlock>)[b]).ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block is BlockListItem labelled && i + 1 < blocks.Count && blocks[i + 1] is BlockListItem { Depth: var below } && below > labelled.Depth
                && PseudoHeading.Listed(labelled) is { } listed)
            {
                // "- **Review actions**:" or "1. Root Causes" over its own nested list: a form kept as one list, each field a bullet.
                outline.Take(listed);
                continue;
            }
            if (block is BlockParagraph paragraph && PseudoHeading.Split(paragraph) is var (pseudo, rest) && pseudo is not null)
            {
                outline.Take(pseudo);
                if (rest is not null)
                {
                    outline.Add(rest);
                }
                continue;
            }
            if (block is BlockHeading heading)
            {
                outline.Take(heading);
            }
            else
            {
                outline.Add(block);
            }
        }
        return outline;
    }

    private void Add(DocumentBlock block) => (_open.Count > 0 ? _open.Peek() : Head).Blocks.Add(block);

    private void Take(BlockHeading heading)
    {
        if (_sections.Count > 0 && _sections[^1].Meaning == SectionMeaning.Timeline && DateLine.StartsRowOrDay(heading.Text))
        {
            // "## May 12" after "## Timeline", or "### 08:47 - Note pending pods": rows of the timeline, not sections.
            _open.Clear();
            _open.Push(_sections[^1]);
            _sections[^1].Blocks.Add(heading);
            return;
        }
        var meaning = heading.Level == PseudoHeading.Level ? SectionMeanings.OfLabel(heading.Text) : SectionMeanings.Of(heading.Text);
        if (heading.Level == PseudoHeading.Level && meaning == SectionMeaning.ActionItems && _open.Count > 0
            && _open.Peek().Meaning is SectionMeaning.Resolution or SectionMeaning.Timeline or SectionMeaning.Detection
            && !SectionMeanings.LooksAhead(heading.Text))
        {
            // "**Immediate Actions**:" or "**Recovery Actions Completed**:" under "## Resolution": the response's steps.
            meaning = SectionMeaning.Unknown;
        }
        if (Title.Length == 0 && _sections.Count == 0 && !PseudoHeading.IsTitle(heading.Text))
        {
            // A form's empty "# Title:" label: the heading after it is the title.
            _titleFollows = true;
            return;
        }
        var isTitle = _titleFollows || (Title.Length == 0 && _sections.Count(s => s.Meaning != SectionMeaning.Unknown) == 0 && PseudoHeading.IsTitle(heading.Text)
            && ((heading.Level == 1 && meaning == SectionMeaning.Unknown) || (heading.Level <= 3 && meaning == SectionMeaning.Unknown && !_hasH1)
                // A blog post titled in its front matter can open with "# Timeline": a section, not its title.
                || (heading.Level == 1 && _sections.Count == 0 && (meaning == SectionMeaning.Unknown || !_titledElsewhere))));
        _titleFollows = false;
        if (isTitle)
        {
            Title = heading.Text;
            TitleLine = heading.Line;
            return;
        }
        while (_open.Count > 0 && _open.Peek().Level >= heading.Level)
        {
            _open.Pop();
        }
        if (_open.Count > 0 && _open.Peek().Meaning == SectionMeaning.Timeline && meaning != SectionMeaning.Timeline)
        {
            // "#### Phase 3: Recovery (17:55-18:00 UTC)" under "### Timeline" groups its rows; it names no section of its own.
            _open.Peek().Blocks.Add(heading);
            return;
        }
        if (meaning == SectionMeaning.Unknown && _open.Count > 0)
        {
            _open.Peek().Blocks.Add(heading);
            return;
        }
        var section = new OutlinedSection(heading.Text, heading.Line, heading.Level, meaning);
        _sections.Add(section);
        _open.Push(section);
    }
}
