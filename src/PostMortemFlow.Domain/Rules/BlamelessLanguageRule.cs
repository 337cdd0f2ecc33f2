using PostMortemFlow.Domain.Rules.Language;

namespace PostMortemFlow.Domain.Rules;

/// <summary>
/// Method checklist item 4: no "X caused this". Flags a person made the agent of a failure and judgement words,
/// in every prose field of the post-mortem.
/// </summary>
public sealed class BlamelessLanguageRule : IPostMortemRule
{
    public string Id => RuleIds.BlamelessLanguage;

    public IEnumerable<Finding> Check(LintContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var field in ProseLanguage.Of(context.PostMortem).Fields)
        {
            foreach (var match in field.Blame)
            {
                yield return new Finding(
                    Id,
                    FindingSeverity.Error,
                    BlameRewrite.Message(match),
                    BlameRewrite.Suggestion(match),
                    field.Fragment.Field,
                    context.SourceMap.LineOf(field.Fragment.Field) + match.Sentence.LineOffset,
                    match.Excerpt);
            }
        }
    }
}
