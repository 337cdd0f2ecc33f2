namespace PostMortemFlow.Domain.Workflow.Commands;

/// <summary>
/// <see cref="Command"/>, applied only to the version of the post-mortem its sender saw (an <c>If-Match</c>): an edit
/// made on a page that someone else has changed since is refused instead of overwriting their change.
/// </summary>
[GenerateSerializer, Alias("pmf.Guarded")]
public sealed record Guarded([property: Id(0)] PostMortemCommand Command, [property: Id(1)] long ExpectedVersion) : PostMortemCommand;
