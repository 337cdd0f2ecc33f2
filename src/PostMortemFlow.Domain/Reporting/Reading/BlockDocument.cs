namespace PostMortemFlow.Domain.Reporting.Reading;

/// <summary>A document as blocks in reading order, with the YAML front matter's top-level fields (keys lowercased).</summary>
public sealed record BlockDocument(ImmutableArray<DocumentBlock> Blocks, ImmutableDictionary<string, string> FrontMatter)
{
    public BlockDocument(IEnumerable<DocumentBlock> blocks)
        : this([.. blocks], ImmutableDictionary<string, string>.Empty)
    {
    }
}
