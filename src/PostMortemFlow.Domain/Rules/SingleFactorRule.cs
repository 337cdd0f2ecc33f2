using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Rules;

/// <summary>
/// An incident has several contributing factors (checklist point 2); fewer than two means the analysis stopped
/// early. Factors with an empty description are not counted.
/// </summary>
public sealed class SingleFactorRule : IPostMortemRule
{
    public const int MinimumFactors = 2;

    public string Id => RuleIds.SingleFactor;

    public IEnumerable<Finding> Check(LintContext context)
    {
        var count = CountFactors(context.PostMortem.Analysis);
        if (count >= MinimumFactors)
        {
            yield break;
        }
        var message = count == 0
            ? "No contributing factors are identified."
            : "Only one contributing factor is identified.";
        yield return new Finding(
            RuleIds.SingleFactor,
            FindingSeverity.Error,
            message,
            "Incidents rarely have a single cause: walk the fishbone (monitoring, testing, runbook, capacity, " +
            "change management, dependency, communication) and record every factor that allowed it.",
            "analysis.factors");
    }

    internal static int CountFactors(Analysis analysis) =>
        analysis.Factors.Count(f => !string.IsNullOrWhiteSpace(f.Description));
}
