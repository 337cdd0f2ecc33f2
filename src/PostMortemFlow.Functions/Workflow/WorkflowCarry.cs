using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Functions.Workflow;

/// <summary>What one episode of the orchestration hands to the next when it continues as new: the decided state.</summary>
public sealed record WorkflowCarry
{
    public PostMortemState State { get; init; } = new();
}
