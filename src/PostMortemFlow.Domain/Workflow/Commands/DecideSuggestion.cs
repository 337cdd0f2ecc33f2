namespace PostMortemFlow.Domain.Workflow.Commands;

/// <summary>A person takes a suggestion into the analysis (an edit by them) or dismisses it.</summary>
[GenerateSerializer, Alias("pmf.DecideSuggestion")]
public sealed record DecideSuggestion([property: Id(0)] string SuggestionId, [property: Id(1)] bool Accept, [property: Id(2)] string By) : PostMortemCommand;
