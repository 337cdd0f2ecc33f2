using PostMortemFlow.Domain.Rules.Language;

namespace PostMortemFlow.Domain.Rules;

/// <summary>
/// Hindsight and counterfactual language, as the learning-from-incidents practice describes it: "should have",
/// "could have been prevented", "if only", "obviously", "just had to". A warning, not an error, since such a sentence
/// can be a fair question; the suggestion turns it into the question that finds what made it hard to see.
/// </summary>
public sealed class HindsightLanguageRule : IPostMortemRule
{
    /// <summary>The question a hindsight sentence becomes; a rewrite must pass both language rules itself.</summary>
    public const string Question = "What made this hard to see at the time, and which signal can show it next time?";

    public string Id => RuleIds.HindsightLanguage;

    public IEnumerable<Finding> Check(LintContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var field in ProseLanguage.Of(context.PostMortem).Fields)
        {
            foreach (var (sentence, words) in field.Hindsight)
            {
                yield return new Finding(
                    Id,
                    FindingSeverity.Warning,
                    $"\"{words.Value.Trim()}\" judges the past with what is known now; it hides what made the moment hard to read.",
                    $"Ask what made it hard to see at the time: e.g. '{Question}'",
                    field.Fragment.Field,
                    context.SourceMap.LineOf(field.Fragment.Field) + sentence.LineOffset,
                    words.Value.Trim());
            }
        }
    }
}
