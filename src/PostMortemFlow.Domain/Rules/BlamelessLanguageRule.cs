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
        var people = KnownPeople.From(context.PostMortem);
        var systems = DocumentSystems.From(context.PostMortem, people);
        foreach (var fragment in PostMortemProse.Fragments(context.PostMortem))
        {
            foreach (var match in BlameDetector.Find(fragment.Text, people, systems))
            {
                yield return new Finding(
                    Id,
                    FindingSeverity.Error,
                    BlameRewrite.Message(match),
                    BlameRewrite.Suggestion(match),
                    fragment.Field,
                    context.SourceMap.LineOf(fragment.Field) + match.Sentence.LineOffset,
                    match.Excerpt);
            }
        }
    }
}
