using PostMortemFlow.Domain.Rules;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

/// <param name="InputId">The input the finding is about, or null when it concerns the whole analysis.</param>
/// <param name="Rewrite">The input's whole text with the suggested rewrite applied, when the suggestion offers one.</param>
public sealed record PlacedFinding(Finding Finding, string? InputId, string? Rewrite)
{
    /// <summary>Places each finding on its input: the field path itself, else its nearest enclosing path that has one.</summary>
    public static IReadOnlyList<PlacedFinding> Place(IEnumerable<Finding> findings, IReadOnlyDictionary<string, string> inputs,
        IReadOnlyDictionary<string, string> texts) =>
        [
            .. findings.Select(f =>
            {
                var id = Resolve(f.Field, inputs);
                var rewrite = id is not null && texts.TryGetValue(id, out var text) ? FindingRewrite.Apply(text, f) : null;
                return new PlacedFinding(f, id, rewrite == null || rewrite == texts.GetValueOrDefault(id!) ? null : rewrite);
            }),
        ];

    private static string? Resolve(string? field, IReadOnlyDictionary<string, string> inputs)
    {
        while (!string.IsNullOrEmpty(field))
        {
            if (inputs.TryGetValue(field, out var id))
            {
                return id;
            }
            var cut = Math.Max(field.LastIndexOf('.'), field.LastIndexOf('['));
            field = cut > 0 ? field[..cut] : null;
        }
        return null;
    }
}
