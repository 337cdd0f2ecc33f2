using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Functions.Workflow;

/// <summary>One outbox entry to run, with the state it was decided in (the executors read the post-mortem from it).</summary>
public sealed record EffectRequest(PostMortemState State, OutboxEntry Entry);
