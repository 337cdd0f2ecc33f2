namespace PostMortemFlow.Domain.Workflow.Commands;

/// <summary>
/// <see cref="Command"/>, applied only to the version of the post-mortem its sender saw (an <c>If-Match</c>): an edit
/// made on a page that someone else has changed since is refused instead of overwriting their change.
/// </summary>
/// <remarks>
/// With <see cref="MergeRows"/> the sender has seen the other changes and asks that what they changed be applied on top:
/// timeline rows and analysis fields are merged, and only the same row or field changed on both sides is refused.
/// </remarks>
[GenerateSerializer, Alias("pmf.Guarded")]
public sealed record Guarded([property: Id(0)] PostMortemCommand Command, [property: Id(1)] long ExpectedVersion) : PostMortemCommand
{
    [Id(2)] public bool MergeRows { get; init; }
}
