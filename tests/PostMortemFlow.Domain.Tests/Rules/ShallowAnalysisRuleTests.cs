using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;

namespace PostMortemFlow.Domain.Tests.Rules;

public class ShallowAnalysisRuleTests
{
    private static readonly string[] FiveWhys =
    [
        "The API returned 500s because the pool of 20 connections was exhausted.",
        "The pool was exhausted because a query from v2.3.0 scanned the orders table.",
        "The query scanned the table because orders.customer_id had no index.",
        "The index was missing because the migration review does not look at query plans.",
        "Query plans are not reviewed because no CI step runs EXPLAIN on new queries.",
    ];

    private static List<Finding> Check(PostMortem postMortem, LintOptions? options = null, SourceMap? sourceMap = null) =>
        new ShallowAnalysisRule()
            .Check(new LintContext(postMortem, options ?? LintOptions.Default, sourceMap ?? SourceMap.Empty))
            .ToList();

    private static PostMortem WithFactors(params ContributingFactor[] factors) =>
        new() { Authors = ["bob"], Analysis = new Analysis { Factors = [.. factors] } };

    private static ContributingFactor Factor(params string[] whys) =>
        new() { Description = "Pool exhausted", Category = FactorCategory.Capacity, Whys = [.. whys] };

    [Fact]
    public void Check_FiveSystemicWhys_ReportsNothing()
    {
        Assert.Empty(Check(WithFactors(Factor(FiveWhys))));
    }

    [Fact]
    public void Check_FishboneWithoutWhys_SuggestsFiveWhysAsAWarningOnly()
    {
        var finding = Assert.Single(Check(WithFactors(Factor(), Factor())));

        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal("analysis.factors", finding.Field);
        Assert.Contains("fishbone of 2 factors", finding.Message, StringComparison.Ordinal);
        Assert.Contains("at least 5 times", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoFactors_ReportsNothing()
    {
        Assert.Empty(Check(WithFactors()));
    }

    [Fact]
    public void Check_ChainShorterThanMinimum_WarnsOnThatFactor()
    {
        var finding = Assert.Single(Check(WithFactors(Factor(FiveWhys), Factor(FiveWhys[..2]))));

        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal("analysis.factors[1].whys", finding.Field);
        Assert.Equal(FiveWhys[1], finding.Excerpt);
        Assert.Contains("at least 5", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MinimumWhysOption_IsHonoured()
    {
        Assert.Empty(Check(WithFactors(Factor(FiveWhys[..3])), LintOptions.Default with { MinimumWhys = 3 }));
    }

    [Theory]
    [InlineData("The engineer made a mistake.", "The engineer made a mistake")]
    [InlineData("Human error.", "Human error")]
    [InlineData("@bob didn't check the query plan.", "@bob didn't check")]
    [InlineData("Because bob forgot to add the index.", "bob forgot to add")]
    public void Check_DeepestWhyIsAPerson_ErrsOnTheLastWhy(string lastWhy, string excerpt)
    {
        string[] whys = [.. FiveWhys[..4], lastWhy];

        var finding = Assert.Single(Check(WithFactors(Factor(whys))));

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(RuleIds.ShallowAnalysis, finding.Rule);
        Assert.Equal("analysis.factors[0].whys[4]", finding.Field);
        Assert.Equal(excerpt, finding.Excerpt);
        Assert.Contains("what allowed it", finding.Suggestion, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Check_ShortChainEndingAtAPerson_ReportsBoth()
    {
        var findings = Check(WithFactors(Factor("The migration did not run.", "The engineer forgot to run it.")));

        Assert.Equal([FindingSeverity.Error, FindingSeverity.Warning], findings.Select(f => f.Severity));
    }

    [Fact]
    public void Check_SourceMapKnowsTheWhy_ReportsItsLine()
    {
        var sourceMap = new SourceMap();
        sourceMap.Add("analysis.factors[0].whys[4]", 57);
        string[] whys = [.. FiveWhys[..4], "Human error."];

        Assert.Equal(57, Assert.Single(Check(WithFactors(Factor(whys)), sourceMap: sourceMap)).Line);
    }
}
