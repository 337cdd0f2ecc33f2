namespace PostMortemFlow.Domain.Rules.Language;

/// <param name="End">Offset just past the mention, before any possessive "'s".</param>
internal sealed record PersonMention(int Start, int End, MentionKind Kind, bool Possessive)
{
    public int EndWithPossessive => Possessive ? End + 2 : End;
}
