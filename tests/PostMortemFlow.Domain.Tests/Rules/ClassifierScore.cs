namespace PostMortemFlow.Domain.Tests.Rules;

internal sealed record ClassifierScore(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public static ClassifierScore Of(IEnumerable<(bool Expected, bool Actual)> outcomes)
    {
        var list = outcomes.ToList();
        return new ClassifierScore(
            list.Count(o => o.Expected && o.Actual),
            list.Count(o => !o.Expected && o.Actual),
            list.Count(o => o.Expected && !o.Actual),
            list.Count(o => !o.Expected && !o.Actual));
    }

    public override string ToString() =>
        $"precision {Precision:P1}, recall {Recall:P1} (TP {TruePositives}, FP {FalsePositives}, FN {FalseNegatives}, TN {TrueNegatives})";
}
