using PostMortemFlow.Domain.Linting;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;

namespace PostMortemFlow.Domain.Tests.Rules;

// The constructions real post-mortems use (see the header of blameless-real-constructions.tsv for where each was seen).
public class RealProseConstructionsTests
{
    private static List<Finding> Blame(PostMortem postMortem) =>
        new BlamelessLanguageRule().Check(new LintContext(postMortem)).ToList();

    private static List<Finding> Blame(string summary) => Blame(new PostMortem { Summary = summary });

    [Theory]
    [InlineData("jennifer failed to notice the alert.")]
    [InlineData("The oncaller did not increase capacity.")]
    [InlineData("The PR author never tested the change.")]
    [InlineData("Responsibility for the outage rests with the release team.")]
    [InlineData("Ravi is responsible for the data loss.")]
    [InlineData("This should have been caught in review.")]
    [InlineData("The migration should never have been allowed to run in business hours.")]
    [InlineData("We forgot to restart the workers after the broker upgrade.")]
    [InlineData("I stupidly forgot to renew the certificate.")]
    [InlineData("Honestly a noob mistake on my side.")]
    [InlineData("In an act of laziness the checks were skipped.")]
    [InlineData("The root cause was user error.")]
    [InlineData("Nothing was done for another two hours.")]
    [InlineData("We did not test the migration against a full copy of the data.")]
    [InlineData("It took us far too long to realise the queue was stuck.")]
    [InlineData("The change was approved when it should not have been.")]
    [InlineData("We should be more careful with Friday deploys.")]
    [InlineData("Haven't you even read the upgrade notes?")]
    [InlineData("This morning you merged a branch that was never meant to reach main.")]
    [InlineData("Honestly, I blame the contractor for this one.")]
    [InlineData("I'm sorry, I pushed the hotfix to the shared fork instead of my own remote.")]
    [InlineData("I created the new workspace and somehow assumed the tool had switched to it.")]
    [InlineData("My checks were not thorough enough last week, so let's watch it for two more days.")]
    [InlineData("Nobody seems to care to test the beta builds before they ship.")]
    [InlineData("It does not look like anyone outside the release team reviewed the package.")]
    [InlineData("The distribution needs to test their updates before they reach the main archive.")]
    [InlineData("In the end it is up to the user to be vigilant when a link arrives out of the blue.")]
    public void Check_RealBlameConstruction_Flags(string sentence)
    {
        var finding = Assert.Single(Blame(sentence));

        Assert.Equal(FindingSeverity.Error, finding.Severity);
    }

    [Theory]
    [InlineData("Prow did not respond for forty minutes.")]
    [InlineData("Sudowoodo failed to complete the publish phase.")]
    [InlineData("Travis often fails to deploy on the first try.")]
    [InlineData("The Kubernetes operator failed to reconcile the StatefulSet.")]
    [InlineData("We did not have an alert on queue depth.")]
    [InlineData("jennifer restarted the workers and the backlog drained.")]
    [InlineData("Nobody did anything wrong; the threshold sat above the peak.")]
    [InlineData("The page went to the secondary because the primary was on a flight.")]
    [InlineData("Supply doubled, most likely caused by Harbor Reserve Council efforts to hold the peg.")]
    [InlineData("The nightly export was mistakenly marked as successful by the scheduler, so no alert fired.")]
    [InlineData("We don't blame anyone for the outage; the tooling made the wrong path easy.")]
    [InlineData("If you merged a pull request during the window, rebase it on the fixed main.")]
    [InlineData("So how could this happen?")]
    public void Check_SystemOrNeutral_DoesNotFlag(string sentence)
    {
        Assert.Empty(Blame(sentence));
    }

    [Fact]
    public void Check_WordTheDocumentUsesAsASystem_IsNotAPerson()
    {
        var postMortem = new PostMortem
        {
            Summary = "Marvin failed to notice the stale lock.",
            RootCause = "The Marvin bot holds a lock per repository.",
        };

        Assert.Empty(Blame(postMortem));
        Assert.Single(Blame(postMortem with { RootCause = "" }));
    }

    [Fact]
    public void Check_HandleTheDocumentUsesAsAPerson_IsAPerson()
    {
        var postMortem = new PostMortem
        {
            Summary = "After the deploy zdw did not notice the alert flood.",
            RootCause = "zdw said the disks looked fine at 02:10.",
        };

        Assert.Single(Blame(postMortem));
        Assert.Empty(Blame(postMortem with { RootCause = "" }));
    }

    [Fact]
    public void Check_ServiceOfTheIncident_IsNotAPerson()
    {
        var postMortem = new PostMortem
        {
            Incident = new Incident { AffectedServices = ["Hermes"] },
            Summary = "Hermes missed three heartbeats and was evicted.",
        };

        Assert.Empty(Blame(postMortem));
    }

    // A rewrite that a rule flags again would send the author in circles.
    [Theory]
    [InlineData("blameless-real-constructions.tsv")]
    [InlineData("blameless-corpus.tsv")]
    [InlineData("blameless-names-corpus.tsv")]
    public void Rewrite_EveryFlaggedSentence_LintsClean(string file)
    {
        var rewritten = 0;
        foreach (var (_, sentence) in LabelledCorpus.Read(file).Rows)
        {
            var postMortem = new PostMortem { Summary = sentence };
            foreach (var finding in PostMortemLinter.Findings(new LintContext(postMortem))
                .Where(f => f.Rule is RuleIds.BlamelessLanguage or RuleIds.HindsightLanguage))
            {
                var example = FindingRewrite.ExampleOf(finding);
                Assert.False(string.IsNullOrWhiteSpace(example), $"no rewrite for: {sentence}");
                var again = PostMortemLinter.Findings(new LintContext(new PostMortem { Summary = example! }))
                    .Where(f => f.Rule is RuleIds.BlamelessLanguage or RuleIds.HindsightLanguage);
                Assert.True(!again.Any(), $"the rewrite of \"{sentence}\" lints: {example}");
                rewritten++;
            }
        }
        Assert.True(rewritten > 50, $"only {rewritten} rewrites checked");
    }
}
