using PostMortemFlow.Domain.Linting;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;

namespace PostMortemFlow.Domain.Tests.Rules;

public class HindsightLanguageRuleTests
{
    private static List<Finding> CheckSummary(string summary) =>
        new HindsightLanguageRule().Check(new LintContext(new PostMortem { Summary = summary })).ToList();

    [Theory]
    [InlineData("The disk alert should have fired at 80 %.", "should have fired")]
    [InlineData("A canary stage could have prevented the bad rollout.", "could have prevented")]
    [InlineData("In hindsight, a 30 second timeout was too short.", "In hindsight")]
    [InlineData("If only the restore had been rehearsed.", "If only")]
    [InlineData("Obviously the single replica was fragile.", "Obviously")]
    [InlineData("All the team had to do was flip the flag back.", "All the team had to do was")]
    [InlineData("A dry run would have shown how many nodes the change touched.", "would have shown")]
    [InlineData("Had we kept the old image, the rollback would be minutes.", "Had we kept")]
    [InlineData("If the scheduler had retried, the job would be done.", "If the scheduler had retried")]
    public void Check_HindsightWording_WarnsWithAQuestion(string sentence, string excerpt)
    {
        var finding = Assert.Single(CheckSummary(sentence));

        Assert.Equal(RuleIds.HindsightLanguage, finding.Rule);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal(excerpt, finding.Excerpt);
        Assert.Equal(HindsightLanguageRule.Question, FindingRewrite.ExampleOf(finding));
    }

    [Theory]
    [InlineData("Every service should have an owner and a runbook.")]
    [InlineData("There was no obvious error message in the logs.")]
    [InlineData("The bug could have caused data loss, but the replica was intact.")]
    [InlineData("We rolled back at 10:42 UTC and the error rate recovered.")]
    [InlineData("Nothing in the graphs looked obviously wrong at first.")]
    public void Check_PlainOrForwardLooking_DoesNotWarn(string sentence)
    {
        Assert.Empty(CheckSummary(sentence));
    }

    // One sentence, one finding: blame is the stronger of the two and blocks approval on its own.
    [Fact]
    public void Check_SentenceThatBlames_LeavesItToTheBlameRule()
    {
        var findings = PostMortemLinter.Findings(new LintContext(new PostMortem
        {
            Summary = "This should have been caught in review.",
        }));

        Assert.Contains(findings, f => f.Rule == RuleIds.BlamelessLanguage);
        Assert.DoesNotContain(findings, f => f.Rule == RuleIds.HindsightLanguage);
    }
}
