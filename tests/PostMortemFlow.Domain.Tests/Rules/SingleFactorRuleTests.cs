using System.Collections.Immutable;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Tests.TestData;

namespace PostMortemFlow.Domain.Tests.Rules;

public class SingleFactorRuleTests
{
    private static List<Finding> Check(PostMortem postMortem) =>
        new SingleFactorRule().Check(new LintContext(postMortem)).ToList();

    private static PostMortem WithFactors(int count)
    {
        var valid = TestPostMortems.Valid();
        return valid with { Analysis = valid.Analysis with { Factors = valid.Analysis.Factors.Take(count).ToImmutableList() } };
    }

    public static TheoryData<int, bool> FactorCounts => new()
    {
        { 0, true },
        { 1, true },
        { 2, false },
        { 4, false },
    };

    [Theory]
    [MemberData(nameof(FactorCounts))]
    public void Check_FactorCount_ErrsBelowTwo(int factors, bool expectFinding)
    {
        var findings = Check(WithFactors(factors));

        if (!expectFinding)
        {
            Assert.Empty(findings);
            return;
        }
        var finding = Assert.Single(findings);
        Assert.Equal(RuleIds.SingleFactor, finding.Rule);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("analysis.factors", finding.Field);
    }

    [Fact]
    public void Check_SecondFactorHasNoDescription_CountsOnlyOne()
    {
        var valid = TestPostMortems.Valid();
        var postMortem = valid with
        {
            Analysis = valid.Analysis with { Factors = [valid.Analysis.Factors[0], new ContributingFactor { Description = " " }] },
        };

        var finding = Assert.Single(Check(postMortem));

        Assert.Contains("Only one", finding.Message);
    }
}
