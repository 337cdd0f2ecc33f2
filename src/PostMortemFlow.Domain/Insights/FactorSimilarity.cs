namespace PostMortemFlow.Domain.Insights;

/// <summary>When two contributing factors say the same thing: the same fishbone category and a TF-IDF cosine at least <see cref="Threshold"/>.</summary>
public static class FactorSimilarity
{
    /// <summary>
    /// Chosen on the labelled pairs in the Domain tests (<c>Fixtures/factor-pairs.tsv</c>) as the lowest cosine that
    /// keeps precision at or above 0.9; the test there asserts the figures the README reports.
    /// </summary>
    public const double Threshold = 0.60;
}
