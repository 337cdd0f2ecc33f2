using PostMortemFlow.Domain.Rules.Language;

namespace PostMortemFlow.Domain.Rules;

/// <summary>
/// Method step 3: ask "why" at least five times and never stop at a person. A factor without a chain is read as a
/// fishbone bone and left alone. A fishbone with no chain at all is a valid analysis too (the method allows five
/// whys or a fishbone): it gets the five whys as a suggestion, a warning, never an error. Stopping at a person is
/// an error either way. With no factors at all it is for <c>single-factor</c> to judge.
/// </summary>
public sealed class ShallowAnalysisRule : IPostMortemRule
{
    public string Id => RuleIds.ShallowAnalysis;

    public IEnumerable<Finding> Check(LintContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var factors = context.PostMortem.Analysis.Factors;
        if (!factors.Any(f => f.Whys.Any(w => !string.IsNullOrWhiteSpace(w))))
        {
            var bones = SingleFactorRule.CountFactors(context.PostMortem.Analysis);
            if (bones > 0)
            {
                yield return new Finding(
                    Id,
                    FindingSeverity.Warning,
                    $"The analysis is a fishbone of {RuleText.Plural(bones, "factor", "factors")} with no five-whys chain.",
                    $"A fishbone is a valid analysis. To go deeper, take the factor closest to the immediate cause and ask "
                    + $"\"why?\" at least {context.Options.MinimumWhys} times, until the answer is something the organisation "
                    + "can change: a process, a default, a missing check.",
                    "analysis.factors");
            }
            yield break;
        }
        var people = KnownPeople.From(context.PostMortem);
        for (var i = 0; i < factors.Count; i++)
        {
            var whys = factors[i].Whys;
            var last = whys.FindLastIndex(w => !string.IsNullOrWhiteSpace(w));
            if (last < 0)
            {
                continue;
            }
            var factor = string.IsNullOrWhiteSpace(factors[i].Description) ? $"factor {i + 1}" : $"\"{factors[i].Description.Trim()}\"";
            var deepest = whys[last];
            var lastField = $"analysis.factors[{i}].whys[{last}]";

            var person = BlameDetector.Find(deepest, people).FirstOrDefault();
            if (person is not null)
            {
                yield return new Finding(
                    Id,
                    FindingSeverity.Error,
                    $"The analysis of {factor} stops at a person (\"{person.Excerpt}\").",
                    $"Ask what allowed it: why was \"{person.Excerpt}\" possible, and what check, default, alert or "
                    + "runbook step would have caught it? Add that answer as the next why.",
                    lastField,
                    context.SourceMap.LineOf(lastField) + person.Sentence.LineOffset,
                    person.Excerpt);
            }

            var depth = whys.Count(w => !string.IsNullOrWhiteSpace(w));
            if (depth < context.Options.MinimumWhys)
            {
                var field = $"analysis.factors[{i}].whys";
                yield return new Finding(
                    Id,
                    FindingSeverity.Warning,
                    $"The analysis of {factor} asks why {depth} time{(depth == 1 ? "" : "s")}; "
                    + $"the method asks at least {context.Options.MinimumWhys}.",
                    $"Ask \"why?\" of the last answer (\"{deepest.Trim()}\") until you reach something the organisation "
                    + "can change: a process, a default, a missing check.",
                    field,
                    context.SourceMap.LineOf(field),
                    deepest.Trim());
            }
        }
    }
}
