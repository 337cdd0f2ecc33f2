namespace PostMortemFlow.Domain.Workflow;

/// <summary>
/// What the decider made of a command: the new state (the old one when nothing changed or the command was
/// refused), the effects it added to the outbox, and the refusal if there was one.
/// </summary>
public sealed record Decision(PostMortemState State, ImmutableList<OutboxEntry> NewEffects, Rejection? Rejection)
{
    public bool IsRejected => Rejection is not null;

    public static Decision Unchanged(PostMortemState state) => new(state, [], null);

    public static Decision Refuse(PostMortemState state, Rejection rejection) => new(state, [], rejection);
}
