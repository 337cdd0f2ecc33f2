namespace PostMortemFlow.Domain.Reporting.Reading;

/// <summary>
/// A section of a document by its meaning: its heading and the blocks under it, including sub-headings that carry no
/// meaning of their own (a "### 08:47" row or a "### BinderHub" group), which stay in the list as blocks.
/// </summary>
internal sealed class OutlinedSection(string heading, int line, int level, SectionMeaning meaning)
{
    public string Heading { get; } = heading;

    public int Line { get; } = line;

    public int Level { get; } = level;

    public SectionMeaning Meaning { get; } = meaning;

    public List<DocumentBlock> Blocks { get; } = [];
}
