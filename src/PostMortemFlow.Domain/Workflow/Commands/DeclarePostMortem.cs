using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Workflow.Commands;

/// <summary>Starts the workflow, restricted from the start when <see cref="Restriction"/> is set; re-declaring the same id changes nothing.</summary>
[GenerateSerializer, Alias("pmf.DeclarePostMortem")]
public sealed record DeclarePostMortem([property: Id(0)] string Id, [property: Id(1)] PostMortem Draft, [property: Id(2)] ImmutableList<string> EvidenceSources,
    [property: Id(3)] Restriction? Restriction = null) : PostMortemCommand;
