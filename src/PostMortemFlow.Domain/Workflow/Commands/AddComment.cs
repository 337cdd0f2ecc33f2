namespace PostMortemFlow.Domain.Workflow.Commands;

/// <summary>A comment on a place of the post-mortem (<see cref="Model.CommentAnchors"/>), or a reply to a thread.</summary>
[GenerateSerializer, Alias("pmf.AddComment")]
public sealed record AddComment(
    [property: Id(0)] string Anchor,
    [property: Id(1)] string Text,
    [property: Id(2)] string? ReplyTo,
    [property: Id(3)] string? Key,
    [property: Id(4)] string By) : PostMortemCommand;
