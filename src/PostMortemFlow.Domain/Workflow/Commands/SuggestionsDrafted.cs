using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Workflow.Commands;

/// <summary>The drafting effect's outcome for one round: grounded suggestions, or why there are none, and the tokens it used.</summary>
[GenerateSerializer, Alias("pmf.SuggestionsDrafted")]
public sealed record SuggestionsDrafted(
    [property: Id(0)] int Round,
    [property: Id(1)] DraftingStatus Status,
    [property: Id(2)] string? Reason,
    [property: Id(3)] ImmutableList<Suggestion> Suggestions,
    [property: Id(4)] ImmutableList<string> Notes,
    [property: Id(5)] long Tokens) : PostMortemCommand;
