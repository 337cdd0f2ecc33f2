using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Workflow.Commands;

/// <summary>The people-directory effect's outcome for one timeline actor.</summary>
[GenerateSerializer, Alias("pmf.PersonLookedUp")]
public sealed record PersonLookedUp([property: Id(0)] DirectoryMatch Match) : PostMortemCommand;
