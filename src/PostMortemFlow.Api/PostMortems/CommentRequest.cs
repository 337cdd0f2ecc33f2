namespace PostMortemFlow.Api.PostMortems;

/// <summary>
/// <c>POST /api/postmortems/{id}/comments</c> (a new comment or a reply) and <c>PUT …/comments/{commentId}</c> (its text).
/// <c>@name</c> or <c>@address</c> in the text e-mails that person once.
/// </summary>
public sealed record CommentRequest
{
    /// <summary><c>postmortem</c> (the default), <c>timeline[3]</c>, <c>analysis.factors[1]</c> or <c>actionItems[AI-002]</c>.</summary>
    public string? Anchor { get; init; }

    public string? Text { get; init; }

    /// <summary>The comment (or thread) this one answers; it then takes that thread's place.</summary>
    public string? ReplyTo { get; init; }

    public string? By { get; init; }
}
