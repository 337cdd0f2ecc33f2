using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;

namespace PostMortemFlow.Domain.Tests.Rules;

public class VagueActionItemRuleTests
{
    private static List<Finding> Check(string action, SourceMap? sourceMap = null) =>
        new VagueActionItemRule()
            .Check(new LintContext(
                new PostMortem { ActionItems = [new ActionItem { Id = "AI-003", Action = action }] },
                LintOptions.Default,
                sourceMap ?? SourceMap.Empty))
            .ToList();

    [Theory]
    [InlineData("improve monitoring", "improve", "metric")]
    [InlineData("Be more careful", "Be more", "")]
    [InlineData("Investigate the database", "Investigate", "index")]
    [InlineData("Look into alerting", "Look into", "threshold")]
    [InlineData("Better testing", "Better", "test")]
    [InlineData("Review processes", "Review", "runbook")]
    [InlineData("Make it more robust", "Make", "")]
    [InlineData("Consider adding alerts", "Consider", "threshold")]
    [InlineData("Add more tests", "Add more", "test")]
    [InlineData("Add monitoring", "Add monitoring", "dashboard")]
    [InlineData("We should ensure this doesn't happen again", "ensure", "")]
    [InlineData("Review and improve monitoring", "improve", "metric")]
    [InlineData("Refactor the retry logic", "Refactor", "pool")]
    [InlineData("Have a discussion about capacity", "Have a discussion", "pool")]
    [InlineData("Update the runbook", "Update the runbook", "runbook")]
    public void Check_VagueAction_FlagsWithSuggestion(string action, string excerpt, string suggested)
    {
        var finding = Assert.Single(Check(action));

        Assert.Equal(RuleIds.VagueActionItem, finding.Rule);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("actionItems[AI-003].action", finding.Field);
        Assert.Equal(excerpt, finding.Excerpt);
        Assert.Contains(suggested, finding.Suggestion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Add connection pool metrics to the Grafana API dashboard")]
    [InlineData("Create runbook: DB connection saturation")]
    [InlineData("Add an index on orders.customer_id and a query-plan check to CI")]
    [InlineData("Alert when pool usage exceeds 80% for 5 minutes")]
    [InlineData("Automate the certificate renewal with cert-manager")]
    [InlineData("Improve the p99 latency of /checkout to under 300 ms")]
    [InlineData("Rotate the database credentials and store them in Vault")]
    [InlineData("Review and adjust connection pool size")]
    [InlineData("Investigate and remove the duplicate cron entry on batch-01")]
    public void Check_SpecificAction_DoesNotFlag(string action)
    {
        Assert.Empty(Check(action));
    }

    [Fact]
    public void Check_EmptyAction_LeftToIncompleteActionItem()
    {
        Assert.Empty(Check("  "));
    }

    [Fact]
    public void Check_SourceMapKnowsTheItem_ReportsItsLine()
    {
        var sourceMap = new SourceMap();
        sourceMap.Add("actionItems[AI-003]", 41);

        Assert.Equal(41, Assert.Single(Check("improve monitoring", sourceMap)).Line);
    }
}
