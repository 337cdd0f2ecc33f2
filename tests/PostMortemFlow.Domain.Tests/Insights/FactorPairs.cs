using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Tests.Insights;

/// <summary>The labelled factor pairs of <c>Fixtures/factor-pairs.tsv</c>: label, category, factor a, factor b.</summary>
internal sealed record FactorPair(bool Same, FactorCategory Category, string A, string B)
{
    public static IReadOnlyList<FactorPair> Read(string fileName) =>
        [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", fileName))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(cells => new FactorPair(cells[0] switch
            {
                "same" => true,
                "differ" => false,
                var other => throw new InvalidDataException($"unknown label {other}"),
            }, Enum.Parse<FactorCategory>(cells[1]), cells[2], cells[3]))];
}
