using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Tests.TestData;

namespace PostMortemFlow.Domain.Tests.Rules;

public class NoSystemicIssueRuleTests
{
    private static List<Finding> Check(PostMortem postMortem) =>
        new NoSystemicIssueRule().Check(new LintContext(postMortem)).ToList();

    private static PostMortem With(Func<Analysis, Analysis> change)
    {
        var valid = TestPostMortems.Valid();
        return valid with { Analysis = change(valid.Analysis) };
    }

    public static TheoryData<string, PostMortem> Missing => new()
    {
        { "no systemic issues", With(a => a with { SystemicIssues = [] }) },
        { "only blank systemic issues", With(a => a with { SystemicIssues = ["", "  "] }) },
        { "one factor, no systemic issue", With(a => a with { Factors = [a.Factors[0]], SystemicIssues = [] }) },
    };

    [Theory]
    [MemberData(nameof(Missing))]
    public void Check_FactorsWithoutSystemicIssue_ReportsError(string _, PostMortem postMortem)
    {
        var finding = Assert.Single(Check(postMortem));

        Assert.Equal(RuleIds.NoSystemicIssue, finding.Rule);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("analysis.systemicIssues", finding.Field);
    }

    public static TheoryData<string, PostMortem> Fine => new()
    {
        { "valid post-mortem", TestPostMortems.Valid() },
        { "one systemic issue", With(a => a with { SystemicIssues = ["No query-plan review before deploy."] }) },
        { "no analysis at all", With(_ => new Analysis()) },
    };

    [Theory]
    [MemberData(nameof(Fine))]
    public void Check_SystemicIssueOrNoFactors_FindsNothing(string _, PostMortem postMortem)
    {
        Assert.Empty(Check(postMortem));
    }
}
