using System.Collections.Immutable;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Functions.Workflow;

/// <summary>
/// One post-mortem as a Durable orchestration: a thin loop around <see cref="PostMortemDecider"/>, as the grain is in the
/// server. Every event is a decider command; <c>CurrentUtcDateTime</c> is <c>now</c>; the decider's timers become
/// durable timers and its outbox entries activities (collectors fanned out in parallel). No workflow rule lives here,
/// so a rule change never changes the replayed code path.
/// </summary>
public static class PostMortemOrchestration
{
    /// <summary>Decisions per episode before the history is cut with continue-as-new (it is also cut at every phase change).</summary>
    public const int DecisionsPerEpisode = 20;

    private static readonly TaskOptions EffectRetry = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 3, firstRetryInterval: TimeSpan.FromSeconds(2), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromSeconds(30)));

    [Function(WorkflowNames.Orchestration)]
    public static async Task<PostMortemState> RunAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var carry = context.GetInput<WorkflowCarry>() ?? new WorkflowCarry();
        var state = carry.State;
        var applied = carry.Applied;
        var settings = await context.CallActivityAsync<WorkflowSettings>(WorkflowNames.LoadSettings);
        // Whatever waits in the inbox first: a command whose event was lost around the last continue-as-new is there.
        foreach (var waiting in await context.CallActivityAsync<IReadOnlyList<CommandEnvelope>>(WorkflowNames.ReadInbox, context.InstanceId))
        {
            (state, applied) = await ApplyOnceAsync(context, state, applied, waiting, settings);
        }
        var episodePhase = state.Phase;
        // One waiter for the whole episode: a second WaitForExternalEvent would leave the first holding the next event.
        Task<CommandEnvelope>? next = null;
        for (var decisions = 0; ; decisions++)
        {
            var now = Now(context);
            var due = state.Outbox.Where(e => e.NextAttemptAt <= now).ToList();
            if (due.Count > 0)
            {
                state = await RunEffectsAsync(context, state, due, settings);
                continue;
            }
            if (next is { IsCompleted: true })
            {
                (state, applied) = await ApplyOnceAsync(context, state, applied, await next, settings);
                next = null;
                continue;
            }
            if (state.IsTerminal && state.Timers.IsEmpty)
            {
                return state;
            }
            if (decisions >= DecisionsPerEpisode || state.Phase != episodePhase)
            {
                // Events are not carried over (carrying them has lost them on some engines): every command is also in
                // the inbox, which the next episode reads before it listens.
                context.ContinueAsNew(new WorkflowCarry { State = state, Applied = applied }, preserveUnprocessedEvents: false);
                return state;
            }
            next ??= context.WaitForExternalEvent<CommandEnvelope>(WorkflowNames.CommandEvent);
            if (NextWake(state) is not { } wake)
            {
                await next;
                continue;
            }
            using var cancel = new CancellationTokenSource();
            var timer = context.CreateTimer(wake.UtcDateTime, cancel.Token);
            if (await Task.WhenAny(next, timer) == next)
            {
                // The losing timer is cancelled, or it would keep the instance waiting until it fired. Synchronously:
                // CancelAsync would run the timer's continuation off the orchestration's thread.
                cancel.Cancel();
            }
            else
            {
                state = await FireTimersAsync(context, state, settings);
            }
        }
    }

    /// <summary>Applies a command met for the first time; one met again (as its event and in the inbox) changes nothing.</summary>
    private static async Task<(PostMortemState, ImmutableList<string>)> ApplyOnceAsync(TaskOrchestrationContext context, PostMortemState state,
        ImmutableList<string> applied, CommandEnvelope envelope, WorkflowSettings settings)
    {
        if (applied.Contains(envelope.CommandId))
        {
            return (state, applied);
        }
        var decision = PostMortemDecider.Decide(state, envelope.Command, Now(context), settings);
        var changed = !ReferenceEquals(decision.State, state);
        await context.CallActivityAsync(WorkflowNames.PublishView, new ViewUpdate(context.InstanceId, decision.State, envelope, decision.Rejection, changed));
        applied = applied.Add(envelope.CommandId);
        return (decision.State, applied.Count > WorkflowCarry.RememberedCommands ? applied.RemoveAt(0) : applied);
    }

    private static async Task<PostMortemState> FireTimersAsync(TaskOrchestrationContext context, PostMortemState state, WorkflowSettings settings)
    {
        var now = Now(context);
        var fired = state;
        foreach (var timer in state.Timers.Where(t => t.DueAt <= now).OrderBy(t => t.DueAt).ToList())
        {
            fired = PostMortemDecider.Decide(fired, new TimerFired(timer.Name), now, settings).State;
        }
        return await PublishIfChangedAsync(context, state, fired);
    }

    /// <summary>Runs the due effects in parallel (the evidence collectors fan out here) and feeds each outcome back to the decider.</summary>
    private static async Task<PostMortemState> RunEffectsAsync(TaskOrchestrationContext context, PostMortemState state, IReadOnlyList<OutboxEntry> due, WorkflowSettings settings)
    {
        var runs = due.Select(entry => RunEffectAsync(context, state, entry)).ToList();
        var outcomes = await Task.WhenAll(runs);
        var next = state;
        foreach (var outcome in outcomes)
        {
            next = PostMortemDecider.Decide(next, outcome, Now(context), settings).State;
        }
        return await PublishIfChangedAsync(context, state, next);
    }

    private static async Task<PostMortemCommand> RunEffectAsync(TaskOrchestrationContext context, PostMortemState state, OutboxEntry entry)
    {
        try
        {
            var learned = await context.CallActivityAsync<PostMortemCommand?>(WorkflowNames.RunEffect, new EffectRequest(state, entry), EffectRetry);
            return new EffectSucceeded(entry.Id, learned);
        }
        catch (TaskFailedException failure)
        {
            // The activity's own retries are spent; the decider's outbox back-off takes over.
            return new EffectFailed(entry.Id, failure.FailureDetails.ErrorMessage);
        }
    }

    private static async Task<PostMortemState> PublishIfChangedAsync(TaskOrchestrationContext context, PostMortemState before, PostMortemState after)
    {
        if (!ReferenceEquals(before, after))
        {
            await context.CallActivityAsync(WorkflowNames.PublishView, new ViewUpdate(context.InstanceId, after, Changed: true));
        }
        return after;
    }

    /// <summary>The earliest decided timer or effect retry still ahead.</summary>
    private static DateTimeOffset? NextWake(PostMortemState state) =>
        state.Timers.Select(t => t.DueAt).Concat(state.Outbox.Select(e => e.NextAttemptAt)).Order().Cast<DateTimeOffset?>().FirstOrDefault();

    private static DateTimeOffset Now(TaskOrchestrationContext context) =>
        new(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc));
}
