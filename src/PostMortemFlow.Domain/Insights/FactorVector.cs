namespace PostMortemFlow.Domain.Insights;

/// <summary>One factor text as TF-IDF weights of its terms, with its length for the cosine.</summary>
public sealed class FactorVector(IReadOnlyDictionary<string, double> weights, double norm)
{
    public bool IsEmpty => norm == 0;

    public double Cosine(FactorVector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (IsEmpty || other.IsEmpty)
        {
            return 0;
        }
        var (small, large) = weights.Count <= other.Weights.Count ? (weights, other.Weights) : (other.Weights, weights);
        double dot = 0;
        foreach (var (term, w) in small)
        {
            if (large.TryGetValue(term, out var v))
            {
                dot += w * v;
            }
        }
        return dot / (norm * other.Norm);
    }

    private IReadOnlyDictionary<string, double> Weights => weights;

    private double Norm => norm;
}
