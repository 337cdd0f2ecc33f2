namespace PostMortemFlow.Domain.Workflow.Commands;

/// <summary>Its author rewrites a comment; a person newly mentioned is e-mailed.</summary>
[GenerateSerializer, Alias("pmf.EditComment")]
public sealed record EditComment([property: Id(0)] string CommentId, [property: Id(1)] string Text, [property: Id(2)] string By) : PostMortemCommand;
