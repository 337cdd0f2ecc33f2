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

    public static TheoryData<Scenario> Missing => new()
    {
        new("no systemic issues", With(a => a with { SystemicIssues = [] })),
        new("only blank systemic issues", With(a => a with { SystemicIssues = ["", "  "] })),
        new("one factor, no systemic issue", With(a => a with { Factors = [a.Factors[0]], SystemicIssues = [] })),
    };

    [Theory]
    [MemberData(nameof(Missing))]
    public void Check_FactorsWithoutSystemicIssue_ReportsError(Scenario scenario)
    {
        var finding = Assert.Single(Check(scenario.PostMortem));

        Assert.Equal(RuleIds.NoSystemicIssue, finding.Rule);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("analysis.systemicIssues", finding.Field);
    }

    public static TheoryData<Scenario> Fine => new()
    {
        new("valid post-mortem", TestPostMortems.Valid()),
        new("one systemic issue", With(a => a with { SystemicIssues = ["No query-plan review before deploy."] })),
        new("no analysis at all", With(_ => new Analysis())),
    };

    [Theory]
    [MemberData(nameof(Fine))]
    public void Check_SystemicIssueOrNoFactors_FindsNothing(Scenario scenario)
    {
        Assert.Empty(Check(scenario.PostMortem));
    }
}
