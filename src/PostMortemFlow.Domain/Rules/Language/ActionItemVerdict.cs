namespace PostMortemFlow.Domain.Rules.Language;

/// <param name="Excerpt">The words that make the item vague, as written.</param>
/// <param name="Missing">What a reader cannot check, phrased for the suggestion.</param>
internal sealed record ActionItemVerdict(bool IsVague, string Excerpt, string Missing)
{
    public static ActionItemVerdict Specific { get; } = new(false, "", "");
}
