namespace PostMortemFlow.Domain.Workflow.Commands;

/// <summary>Its author takes a comment back; its place in the thread stays.</summary>
[GenerateSerializer, Alias("pmf.DeleteComment")]
public sealed record DeleteComment([property: Id(0)] string CommentId, [property: Id(1)] string By) : PostMortemCommand;
