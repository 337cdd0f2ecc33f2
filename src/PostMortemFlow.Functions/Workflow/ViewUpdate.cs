using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Functions.Workflow;

/// <summary>What the orchestration (instance <paramref name="Id"/>) publishes after a decision: the state, and the answer to the command that led to it, if any.</summary>
public sealed record ViewUpdate(string Id, PostMortemState State, CommandEnvelope? Answering = null, Rejection? Rejection = null, bool Changed = false);
