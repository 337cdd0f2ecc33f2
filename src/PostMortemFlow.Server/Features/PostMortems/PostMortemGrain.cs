using System.Diagnostics;
using Microsoft.Extensions.Options;
using PostMortemFlow.Application.Library;
using PostMortemFlow.Domain.Library;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.Effects;
using PostMortemFlow.Integrations.Settings;
using PostMortemFlow.Integrations.Telemetry;
using PostMortemFlow.Server.Grains;

namespace PostMortemFlow.Server.Features.PostMortems;

/// <summary>
/// A thin shell around <see cref="PostMortemDecider"/>: load, decide, persist, then keep Orleans reminders in step
/// with the decided timers and run the outbox. No workflow rule lives here.
/// </summary>
public sealed class PostMortemGrain(
    [PersistentState("postmortem")] IPersistentState<PostMortemState> state,
    IEffectDispatcher effects,
    IPostMortemCatalog catalog,
    ILibraryIndex library,
    TimeProvider clock,
    IOptions<WorkflowOptions> options,
    ILogger<PostMortemGrain> logger) : Grain, IPostMortemGrain, IRemindable
{
    /// <summary>A durable heartbeat while effects are pending, so a crash never strands the outbox.</summary>
    public const string OutboxReminder = "outbox";

    private readonly Dictionary<string, DateTimeOffset> _reminders = new(StringComparer.Ordinal);
    private readonly WorkflowSettings _settings = options.Value.ToSettings();
    private Heartbeat? _outbox;
    private IGrainTimer? _drainTimer;
    private PostMortemSummary? _catalogued;
    private LibraryEntry? _indexed;

    private Heartbeat Outbox => _outbox ??= new Heartbeat(this, OutboxReminder, options.Value.ReminderPeriod);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var registered = await this.GetReminders();
        Outbox.Known(registered.Any(r => r.ReminderName == OutboxReminder));
        foreach (var reminder in registered.Where(r => r.ReminderName != OutboxReminder))
        {
            _reminders[reminder.ReminderName] = DateTimeOffset.MinValue;
        }
        if (state.State.Phase != Phase.None)
        {
            await SyncRemindersAsync();
            ScheduleDrain(TimeSpan.Zero);
        }
    }

    public async Task<CommandResult> Execute(PostMortemCommand command)
    {
        using var span = PostMortemTelemetry.StartCommand(this.GetPrimaryKeyString(), command);
        var decision = Decide(command, span);
        if (decision.IsRejected)
        {
            return new CommandResult { State = state.State, Rejection = decision.Rejection };
        }
        var changed = !ReferenceEquals(decision.State, state.State);
        await PersistAsync(decision.State);
        return new CommandResult { State = state.State, Changed = changed };
    }

    public Task<PostMortemState> GetState() => Task.FromResult(state.State);

    public async Task Relist()
    {
        if (state.State.Phase == Phase.None)
        {
            return;
        }
        (_catalogued, _indexed) = (null, null);
        await CatalogAsync();
        await IndexAsync();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != OutboxReminder)
        {
            var fired = new TimerFired(reminderName);
            using var span = PostMortemTelemetry.StartCommand(this.GetPrimaryKeyString(), fired);
            await PersistAsync(Decide(fired, span).State);
        }
        await SyncRemindersAsync();
        await DrainOutboxAsync();
        if (reminderName == OutboxReminder && state.State.Outbox.IsEmpty)
        {
            await Outbox.DropAsync();
        }
    }

    /// <summary>What the decider makes of <paramref name="command"/> now, recorded on the command's span.</summary>
    private Decision Decide(PostMortemCommand command, Activity? span)
    {
        var decision = PostMortemDecider.Decide(state.State, command, clock.GetUtcNow(), _settings);
        span.Decided(state.State, decision);
        return decision;
    }

    private async Task PersistAsync(PostMortemState next)
    {
        if (ReferenceEquals(next, state.State))
        {
            return;
        }
        // Wake-ups before the write: if the process dies (or the store times out) after the state landed but
        // before the reminders are registered, the stored timers and effects would have nothing to run them.
        await RegisterRemindersAsync(next);
        await state.WriteOrRevertAsync(next, DeactivateOnIdle);
        await CatalogAsync();
        await IndexAsync();
        await SyncRemindersAsync();
        if (!next.Outbox.IsEmpty)
        {
            ScheduleDrain(Until(next.Outbox.Min(e => e.NextAttemptAt)));
        }
    }

    private async Task DrainOutboxAsync()
    {
        var now = clock.GetUtcNow();
        foreach (var entry in state.State.Outbox.Where(e => e.NextAttemptAt <= now).ToList())
        {
            if (!state.State.Outbox.Contains(entry))
            {
                continue;
            }
            PostMortemCommand result;
            using (var timeout = new CancellationTokenSource(options.Value.EffectTimeout))
            {
                try
                {
                    result = new EffectSucceeded(entry.Id, await effects.ExecuteAsync(entry, state.State, timeout.Token));
                }
                catch (Exception failure)
                {
                    logger.LogWarning("Effect {Effect} of post-mortem {Id} failed (attempt {Attempt}): {Error}",
                        entry.Id, state.State.Id, entry.Attempts + 1, failure.Message);
                    result = new EffectFailed(entry.Id, timeout.IsCancellationRequested ? "timed out" : failure.Message);
                }
            }
            await PersistAsync(PostMortemDecider.Decide(state.State, result, clock.GetUtcNow(), _settings).State);
        }
    }

    private void ScheduleDrain(TimeSpan dueTime)
    {
        _drainTimer?.Dispose();
        _drainTimer = this.RegisterGrainTimer(DrainOutboxAsync, dueTime, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Registers the reminders <paramref name="target"/> needs that are missing or would tick too late;
    /// removes nothing, so it is safe before <paramref name="target"/> is stored (an extra tick is a no-op).</summary>
    private async Task RegisterRemindersAsync(PostMortemState target)
    {
        foreach (var timer in target.Timers)
        {
            if (!_reminders.TryGetValue(timer.Name, out var registered) || timer.DueAt < registered)
            {
                await RegisterAsync(timer.Name, timer.DueAt);
            }
        }
        await EnsureOutboxHeartbeatAsync(target);
    }

    /// <summary>Makes the registered reminders match the decided timers, and keeps the outbox heartbeat while effects wait.</summary>
    private async Task SyncRemindersAsync()
    {
        var timers = state.State.Timers.ToDictionary(t => t.Name, t => t.DueAt, StringComparer.Ordinal);
        foreach (var (name, dueAt) in timers)
        {
            if (!_reminders.TryGetValue(name, out var registered) || registered != dueAt)
            {
                await RegisterAsync(name, dueAt);
            }
        }
        foreach (var name in _reminders.Keys.Where(n => !timers.ContainsKey(n)).ToList())
        {
            await UnregisterAsync(name);
        }
        await EnsureOutboxHeartbeatAsync(state.State);
    }

    private Task EnsureOutboxHeartbeatAsync(PostMortemState target) => target.Outbox.IsEmpty ? Task.CompletedTask : Outbox.EnsureAsync();

    private async Task RegisterAsync(string name, DateTimeOffset dueAt)
    {
        await this.RegisterOrUpdateReminder(name, Until(dueAt), options.Value.ReminderPeriod);
        _reminders[name] = dueAt;
    }

    private async Task UnregisterAsync(string name)
    {
        if (await this.GetReminder(name) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
        _reminders.Remove(name);
    }

    private async Task CatalogAsync() =>
        _catalogued = await KeepListedAsync(PostMortemSummary.From(state.State), _catalogued, row => catalog.UpsertAsync(row), "catalog");

    private async Task IndexAsync() =>
        _indexed = await KeepListedAsync(LibraryEntry.From(state.State), _indexed, entry => library.UpsertAsync(entry), "library");

    /// <summary>Writes the post-mortem's row of a list unless it is the one last written; what was written, or the old one on failure.</summary>
    private async Task<T?> KeepListedAsync<T>(T current, T? written, Func<T, Task> write, string list) where T : class
    {
        if (Equals(current, written))
        {
            return written;
        }
        try
        {
            await write(current);
            return current;
        }
        catch (Exception failure)
        {
            // The workflow state is already durable; the list catches up on the next change or a relist.
            logger.LogWarning("Could not update the {List} for post-mortem {Id}: {Error}", list, state.State.Id, failure.Message);
            return written;
        }
    }

    private TimeSpan Until(DateTimeOffset at)
    {
        var wait = at - clock.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }
}
