using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Api.PostMortems;

/// <summary>
/// <c>PUT /api/postmortems/{id}/accounts</c>: a person's answers to the questions about their own moments. Who writes it
/// is the signed-in person; <see cref="Person"/> names them only where nobody signs in.
/// </summary>
public sealed record AccountRequest
{
    public string? Person { get; init; }

    /// <summary>The timeline actor the questions were about.</summary>
    public string Actor { get; init; } = "";

    public IReadOnlyList<AccountAnswer> Answers { get; init; } = [];
}
