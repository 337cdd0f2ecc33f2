namespace PostMortemFlow.Domain.Insights;

/// <summary>
/// TF-IDF over a collection of factor texts: a word found in many factors ("alert", "database") weighs less than one
/// found in few ("replication", "certificate"). Each text is also given its adjacent word pairs, so "disk usage" and
/// "usage disk" differ. Immutable once built; <see cref="Cosine"/> compares two texts in this collection's weights.
/// </summary>
public sealed class FactorVectors
{
    private readonly Dictionary<string, int> _documentFrequency;
    private readonly int _documents;

    private FactorVectors(Dictionary<string, int> documentFrequency, int documents)
    {
        _documentFrequency = documentFrequency;
        _documents = documents;
    }

    /// <summary>The weights of <paramref name="texts"/>; a text compared later that is not among them counts as one more.</summary>
    public static FactorVectors Over(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        foreach (var text in texts)
        {
            count++;
            foreach (var term in Terms(text).Distinct())
            {
                frequency[term] = frequency.GetValueOrDefault(term) + 1;
            }
        }
        return new FactorVectors(frequency, count);
    }

    public FactorVector Of(string text)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in Terms(text))
        {
            weights[term] = weights.GetValueOrDefault(term) + 1;
        }
        double norm = 0;
        foreach (var term in weights.Keys.ToList())
        {
            var w = weights[term] * Idf(term) * (term.Contains(' ', StringComparison.Ordinal) ? PairWeight : 1);
            weights[term] = w;
            norm += w * w;
        }
        return new FactorVector(weights, Math.Sqrt(norm));
    }

    public double Cosine(string a, string b) => Of(a).Cosine(Of(b));

    // Smoothed, so a word in every factor still counts a little and a word never seen counts most.
    private double Idf(string term) => Math.Log((1.0 + _documents + 1) / (1.0 + _documentFrequency.GetValueOrDefault(term))) + 1;

    private const double PairWeight = 0.5;

    private static IEnumerable<string> Terms(string text)
    {
        var tokens = FactorTokens.Of(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            yield return tokens[i];
            if (i + 1 < tokens.Count)
            {
                yield return tokens[i] + " " + tokens[i + 1];
            }
        }
    }
}
