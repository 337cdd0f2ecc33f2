using PostMortemFlow.Domain.Linting;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;
using Xunit.Abstractions;

namespace PostMortemFlow.Domain.Tests.Rules;

public class LanguageCorpusTests(ITestOutputHelper output)
{
    private const double Threshold = 0.9;
    private const double HeldOutFloor = 0.75;
    private const double NamesThreshold = 0.95;

    [Fact]
    public void BlamelessLanguage_LabelledCorpus_PrecisionAndRecallAtLeast90Percent()
    {
        var corpus = LabelledCorpus.Read("blameless-corpus.tsv");
        var score = ScoreBlameless(corpus);

        Assert.True(corpus.Rows.Count >= 120, "the corpus needs at least 120 sentences");
        AssertAtLeast(Threshold, score);
    }

    // People in plain words: names the code has never seen, teams, and nobody listed as an author or actor.
    [Fact]
    public void BlamelessLanguage_NamesCorpus_PrecisionAndRecallAtLeast95Percent()
    {
        var corpus = LabelledCorpus.Read("blameless-names-corpus.tsv");
        var score = ScoreBlameless(corpus);

        Assert.True(corpus.Rows.Count >= 120, "the corpus needs at least 120 sentences");
        Assert.InRange(corpus.Rows.Count(r => r.Label == "blame"), corpus.Rows.Count * 0.45, corpus.Rows.Count * 0.55);
        AssertAtLeast(NamesThreshold, score);
    }

    // Constructions seen in real post-mortems, incident threads and chat logs, written anew (sources in its header).
    [Fact]
    public void LanguageRules_RealConstructionsCorpus_BlamePrecision95Recall80HindsightPrecision90()
    {
        var corpus = LabelledCorpus.Read("blameless-real-constructions.tsv");
        var blame = ScoreBlameless(corpus);
        var hindsight = Score(corpus, "hindsight", sentence => PostMortemLinter.Findings(new LintContext(new PostMortem { Summary = sentence }))
            .Any(f => f.Rule == RuleIds.HindsightLanguage));
        output.WriteLine($"hindsight-language on {corpus.Rows.Count} sentences: {hindsight}");

        Assert.True(corpus.Rows.Count >= 150, "the corpus needs at least 150 sentences");
        Assert.True(corpus.Rows.Count(r => r.Label == "blame") * 10 >= corpus.Rows.Count * 3, "about a third of the corpus should blame");
        Assert.True(blame.Precision >= 0.95, $"blame precision {blame.Precision:P1}");
        Assert.True(blame.Recall >= 0.80, $"blame recall {blame.Recall:P1}");
        Assert.True(hindsight.Precision >= 0.90, $"hindsight precision {hindsight.Precision:P1}");
    }

    [Fact]
    public void VagueActionItem_LabelledCorpus_PrecisionAndRecallAtLeast90Percent()
    {
        var corpus = LabelledCorpus.Read("vague-corpus.tsv");
        var score = ScoreVague(corpus);

        Assert.True(corpus.Rows.Count >= 70, "the corpus needs at least 70 action items");
        AssertAtLeast(Threshold, score);
    }

    // The first blameless held-out corpus was written after the rule and never used to tune it: it measures how the
    // lexicons generalise, so it only has to stay above a floor.
    [Fact]
    public void BlamelessLanguage_HeldOutCorpus_ReportsPrecisionAndRecall()
    {
        var score = ScoreBlameless(LabelledCorpus.Read("blameless-holdout.tsv"));

        AssertAtLeast(HeldOutFloor, score);
    }

    // The first held-out set of plain names was seen once the rule changed after its first run (see its header);
    // it stays as a regression set. The second was written after that change and never used to tune the rule.
    [Theory]
    [InlineData("blameless-names-holdout-1.tsv")]
    [InlineData("blameless-names-holdout-2.tsv")]
    public void BlamelessLanguage_NamesHeldOut_PrecisionAndRecallAtLeast90Percent(string file)
    {
        var score = ScoreBlameless(LabelledCorpus.Read(file));

        AssertAtLeast(Threshold, score);
    }

    // The first vague held-out set was seen when the rule changed after it (see its header); the second was not.
    [Theory]
    [InlineData("vague-holdout.tsv")]
    [InlineData("vague-holdout-2.tsv")]
    public void VagueActionItem_HeldOutCorpus_PrecisionAndRecallAtLeast90Percent(string file)
    {
        var score = ScoreVague(LabelledCorpus.Read(file));

        AssertAtLeast(Threshold, score);
    }

    private static void AssertAtLeast(double threshold, ClassifierScore score)
    {
        Assert.True(score.Precision >= threshold, $"precision {score.Precision:P1}");
        Assert.True(score.Recall >= threshold, $"recall {score.Recall:P1}");
    }

    private ClassifierScore ScoreBlameless(LabelledCorpus corpus)
    {
        var template = new PostMortem
        {
            Authors = [.. corpus.Header("authors")],
            Reviewers = [.. corpus.Header("reviewers")],
            ExecutiveSponsor = corpus.Header("sponsor").FirstOrDefault(),
            Timeline = [.. corpus.Header("actors").Select(actor => new TimelineEntry { Actor = actor })],
        };
        var rule = new BlamelessLanguageRule();

        var score = Score(corpus, "blame", sentence =>
            rule.Check(new LintContext(template with { Summary = sentence })).Any());

        output.WriteLine($"blameless-language on {corpus.Rows.Count} sentences: {score}");
        return score;
    }

    private ClassifierScore ScoreVague(LabelledCorpus corpus)
    {
        var rule = new VagueActionItemRule();

        var score = Score(corpus, "vague", action =>
            rule.Check(new LintContext(new PostMortem { ActionItems = [new ActionItem { Id = "AI-001", Action = action }] })).Any());

        output.WriteLine($"vague-action-item on {corpus.Rows.Count} action items: {score}");
        return score;
    }

    private ClassifierScore Score(LabelledCorpus corpus, string positiveLabel, Func<string, bool> flags)
    {
        var outcomes = new List<(bool Expected, bool Actual)>();
        foreach (var (label, text) in corpus.Rows)
        {
            var expected = label == positiveLabel;
            var actual = flags(text);
            if (expected != actual)
            {
                output.WriteLine($"{(actual ? "false positive" : "missed")}: {text}");
            }
            outcomes.Add((expected, actual));
        }
        return ClassifierScore.Of(outcomes);
    }
}
