namespace PostMortemFlow.Domain.Library;

/// <summary>A search read from the query string, or why it could not be: the problems by field.</summary>
public sealed record LibraryQueryParse(LibraryQuery? Query, IReadOnlyDictionary<string, string[]> Problems)
{
    public bool IsValid => Query is not null;
}
