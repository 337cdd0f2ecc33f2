namespace PostMortemFlow.Domain.Library;

/// <summary>One thing to find: a word, or words that must appear together in this order (a "quoted phrase" or <c>orders-db</c>).</summary>
public sealed record SearchPhrase(IReadOnlyList<string> Words)
{
    public override string ToString() => string.Join(' ', Words);

    public bool Equals(SearchPhrase? other) => other is not null && Words.SequenceEqual(other.Words, StringComparer.Ordinal);

    public override int GetHashCode() => Words.Count;
}
