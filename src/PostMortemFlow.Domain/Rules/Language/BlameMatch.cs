namespace PostMortemFlow.Domain.Rules.Language;

/// <param name="Start">Offset of the offending words in the sentence.</param>
/// <param name="Verb">The failure words ("forgot to run", "caused", "careless"), as written.</param>
/// <param name="Rest">The rest of the clause after the failure words, as written, for a rewrite.</param>
internal sealed record BlameMatch(Sentence Sentence, int Start, int Length, BlameKind Kind, string Verb, string Rest)
{
    public string Excerpt => Sentence.Text.Substring(Start, Length);
}
