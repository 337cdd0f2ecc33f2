namespace PostMortemFlow.Domain.Rules;

/// <summary>
/// The method expects several layers of causes: immediate cause, contributing factors and systemic issues.
/// An Error, not a warning, when factors are recorded but no systemic issue is: without that layer the same
/// kind of incident comes back. With no factors at all it stays silent, because <c>single-factor</c> already
/// reports the missing analysis.
/// </summary>
public sealed class NoSystemicIssueRule : IPostMortemRule
{
    public string Id => RuleIds.NoSystemicIssue;

    public IEnumerable<Finding> Check(LintContext context)
    {
        var analysis = context.PostMortem.Analysis;
        if (SingleFactorRule.CountFactors(analysis) == 0
            || analysis.SystemicIssues.Any(s => !string.IsNullOrWhiteSpace(s)))
        {
            yield break;
        }
        yield return new Finding(
            RuleIds.NoSystemicIssue,
            FindingSeverity.Error,
            "Contributing factors are listed but no systemic issue is.",
            "Ask what in the organisation or the process let these factors line up, e.g. " +
            "\"no query-plan review before deploy\" or \"database alerts only on total failure\".",
            "analysis.systemicIssues");
    }
}
