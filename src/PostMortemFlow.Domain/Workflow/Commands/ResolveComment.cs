namespace PostMortemFlow.Domain.Workflow.Commands;

/// <summary>Settles a comment's thread, or opens it again.</summary>
[GenerateSerializer, Alias("pmf.ResolveComment")]
public sealed record ResolveComment([property: Id(0)] string CommentId, [property: Id(1)] bool Resolved, [property: Id(2)] string By) : PostMortemCommand;
