using PostMortemFlow.Domain.Access;

namespace PostMortemFlow.Domain.Workflow;

/// <summary>Accumulates one decision: the evolving state and the effects added to the outbox on the way.</summary>
internal sealed class DecisionBuilder(PostMortemState state, DateTimeOffset now)
{
    private readonly ImmutableList<OutboxEntry>.Builder _newEffects = ImmutableList.CreateBuilder<OutboxEntry>();

    public PostMortemState State { get; private set; } = state;

    public DateTimeOffset Now { get; } = now;

    /// <summary>The version this decision makes when it changes anything.</summary>
    public long NextVersion { get; } = state.Version + 1;

    public void Update(Func<PostMortemState, PostMortemState> change) => State = change(State);

    /// <summary>Adds an effect unless one with the same key is pending or already done.</summary>
    /// <remarks>A restricted post-mortem's e-mails go to its named people only, never to distribution lists or other owners.</remarks>
    public void Enqueue(string id, EffectKind kind, EmailMessage? email = null, string? target = null, DateTimeOffset? at = null, string? text = null)
    {
        if (email is not null && State.Restriction is not null)
        {
            email = email with { To = [.. Audience.Of(State.PostMortem, State.Restriction).Recipients(email.To)] };
        }
        if (email is { To.IsEmpty: true }
            || State.Outbox.Any(e => e.Id == id) || State.Completed.Any(e => e.Id == id))
        {
            return;
        }
        var entry = new OutboxEntry
        {
            Id = id, Kind = kind, CreatedAt = Now, NextAttemptAt = Now, Email = email, Target = target, At = at, Text = text,
        };
        _newEffects.Add(entry);
        State = State with { Outbox = State.Outbox.Add(entry) };
    }

    public void Email(string id, EmailMessage email) => Enqueue(id, EffectKind.SendEmail, email);

    public void Schedule(string name, DateTimeOffset dueAt) => State = State with
    {
        Timers = State.Timers.RemoveAll(t => t.Name == name).Add(new ScheduledTimer { Name = name, DueAt = dueAt }),
    };

    public void Unschedule(string name) => State = State with { Timers = State.Timers.RemoveAll(t => t.Name == name) };

    public void MoveTo(Phase phase, string by, string? note = null) => State = State with
    {
        Phase = phase,
        History = State.History.Add(new PhaseChange { From = State.Phase, To = phase, At = Now, By = by, Note = note, Version = NextVersion }),
    };

    /// <summary>Records a change that is not a change of phase (who may see it): the history keeps the phase it happened in.</summary>
    public void Note(string by, string note) => State = State with
    {
        History = State.History.Add(new PhaseChange { From = State.Phase, To = State.Phase, At = Now, By = by, Note = note, Version = NextVersion }),
    };

    public Decision Build(PostMortemState original) => ReferenceEquals(State, original)
        ? Decision.Unchanged(original)
        : new Decision(State with { Version = NextVersion }, _newEffects.ToImmutable(), null);
}
