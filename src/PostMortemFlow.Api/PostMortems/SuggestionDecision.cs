namespace PostMortemFlow.Api.PostMortems;

/// <summary><c>POST /api/postmortems/{id}/suggestions/{suggestionId}</c>: take the suggestion, or dismiss it.</summary>
public sealed record SuggestionDecision
{
    public bool Accept { get; init; }

    public string? By { get; init; }
}
