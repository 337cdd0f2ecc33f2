using System.Collections.Immutable;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Functions.Workflow;

/// <summary>What one episode of the orchestration hands to the next when it continues as new.</summary>
public sealed record WorkflowCarry
{
    /// <summary>How many applied command ids are remembered to recognise a command met twice (as an event and in the inbox).</summary>
    public const int RememberedCommands = 200;

    public PostMortemState State { get; init; } = new();

    /// <summary>The ids of the commands applied lately, oldest first.</summary>
    public ImmutableList<string> Applied { get; init; } = [];
}
