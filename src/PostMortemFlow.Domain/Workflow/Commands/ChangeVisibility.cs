using PostMortemFlow.Domain.Access;

namespace PostMortemFlow.Domain.Workflow.Commands;

/// <summary>Restricts the post-mortem to its people and the named people and groups, or (null) opens it to everyone again.</summary>
[GenerateSerializer, Alias("pmf.ChangeVisibility")]
public sealed record ChangeVisibility([property: Id(0)] Restriction? Restriction, [property: Id(1)] string By) : PostMortemCommand;
