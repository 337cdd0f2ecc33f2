namespace PostMortemFlow.Domain.Model;

/// <summary>
/// One grounded drafting suggestion: text whose every sentence cites timeline rows (<c>T3</c>) or computed impact
/// figures (<c>I1</c>), already past the blame and hindsight rules. A person accepts it (an ordinary edit by them),
/// or dismisses it.
/// </summary>
[GenerateSerializer, Alias("pmf.Suggestion")]
public sealed record Suggestion
{
    [Id(0)] public string Id { get; init; } = "";
    [Id(1)] public SuggestionKind Kind { get; init; }
    [Id(2)] public string Text { get; init; } = "";
    [Id(3)] public ImmutableList<string> Cites { get; init; } = [];
    /// <summary>For a contributing factor: its fishbone category and the first "why".</summary>
    [Id(4)] public FactorCategory? Category { get; init; }
    [Id(5)] public string? FirstWhy { get; init; }
    [Id(6)] public SuggestionStatus Status { get; init; }
    [Id(7)] public string? DecidedBy { get; init; }
}
