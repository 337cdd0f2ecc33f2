using PostMortemFlow.Domain.Insights;
using PostMortemFlow.Domain.Tests.Rules;
using Xunit.Abstractions;

namespace PostMortemFlow.Domain.Tests.Insights;

/// <summary>The recurring-factor matcher measured on labelled pairs; the README reports these figures.</summary>
public sealed class FactorSimilarityCorpusTests(ITestOutputHelper output)
{
    private const double Floor = 0.9;

    [Fact]
    public void Match_LabelledPairsAtTheShippedThreshold_PrecisionAndRecallAtLeast90Percent()
    {
        var pairs = FactorPair.Read("factor-pairs.tsv");
        var score = Score(pairs);

        output.WriteLine($"threshold {FactorSimilarity.Threshold}: {score}");
        Assert.True(pairs.Count >= 60, "the labelled set needs at least 60 pairs");
        Assert.InRange(pairs.Count(p => p.Same), pairs.Count * 0.4, pairs.Count * 0.6);
        Assert.True(score.Precision >= Floor, $"precision {score}");
        Assert.True(score.Recall >= Floor, $"recall {score}");
    }

    // Hard negatives share most of their words: were the matcher a plain word overlap, precision would fall well below the floor.
    [Fact]
    public void Match_HardNegatives_ShareWordsWithTheirPositiveTwin()
    {
        var pairs = FactorPair.Read("factor-pairs.tsv");
        var firstSentencesOfPositives = pairs.Where(p => p.Same).Select(p => p.A).ToHashSet(StringComparer.Ordinal);

        Assert.True(pairs.Count(p => !p.Same && firstSentencesOfPositives.Contains(p.A)) >= 30, "most negatives must reuse a positive's sentence");
    }

    [Fact]
    public void Match_OverlapAloneAtTheSameThreshold_WouldBeLessPrecise()
    {
        var pairs = FactorPair.Read("factor-pairs.tsv");
        var overlap = ClassifierScore.Of(pairs.Select(p => (p.Same, Jaccard(p.A, p.B) >= FactorSimilarity.Threshold / 2)));

        output.WriteLine($"word overlap: {overlap}");
        Assert.True(Score(pairs).Precision > overlap.Precision || Score(pairs).Recall > overlap.Recall);
    }

    private static ClassifierScore Score(IReadOnlyList<FactorPair> pairs)
    {
        var vectors = FactorVectors.Over(pairs.SelectMany(p => new[] { p.A, p.B }).Distinct(StringComparer.Ordinal));
        return ClassifierScore.Of(pairs.Select(p => (p.Same, vectors.Cosine(p.A, p.B) >= FactorSimilarity.Threshold)));
    }

    private static double Jaccard(string a, string b)
    {
        var x = FactorTokens.Of(a).ToHashSet(StringComparer.Ordinal);
        var y = FactorTokens.Of(b).ToHashSet(StringComparer.Ordinal);
        return x.Count + y.Count == 0 ? 0 : (double)x.Intersect(y).Count() / x.Union(y).Count();
    }
}
