using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Intake;
using PostMortemFlow.Integrations.Settings;
using PostMortemFlow.Server.Features.PostMortems;
using PostMortemFlow.Server.Grains;

namespace PostMortemFlow.Server.Features.Incidents;

/// <summary>
/// Load, decide (<see cref="IntakeDecider"/>), persist, answer from the stored record — and only then hand the incident
/// to its post-mortem, from a grain timer, with a durable heartbeat that retries after a crash or a refusal.
/// </summary>
public sealed class IncidentGrain(
    [PersistentState("incident")] IPersistentState<IncidentRecord> state,
    IIncidentCatalog catalog,
    IOptions<IntakePolicy> policy,
    IOptions<EvidenceOptions> evidence,
    IOptions<WorkflowOptions> workflow,
    TimeProvider clock,
    ILogger<IncidentGrain> logger) : Grain, IIncidentGrain, IRemindable
{
    /// <summary>Wakes the grain while a hand-off to the post-mortem is due.</summary>
    public const string HandOffReminder = "hand-off";

    private Heartbeat? _heartbeat;
    private IGrainTimer? _handOff;

    private Heartbeat HandOffHeartbeat => _heartbeat ??= new Heartbeat(this, HandOffReminder, workflow.Value.ReminderPeriod);

    private bool HandOffDue => IntakeDecider.HandOff(state.State, policy.Value, evidence.Value.SourcesToCollect).Count > 0;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await HandOffHeartbeat.LoadAsync();
        ScheduleHandOffIfDue();
    }

    public async Task<IntakeResult> Receive(IncidentDelivery delivery)
    {
        var decision = IntakeDecider.Receive(state.State, delivery, clock.GetUtcNow(), policy.Value);
        await StoreAsync(decision.Record);
        return decision.Result;
    }

    public async Task<IntakeResult?> Promote(string by)
    {
        if (IntakeDecider.Promote(state.State, by) is not { } decision)
        {
            return null;
        }
        await StoreAsync(decision.Record);
        return decision.Result;
    }

    public Task<IncidentRecord> Get() => Task.FromResult(state.State);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        await HandOffAsync();
        if (!HandOffDue)
        {
            await HandOffHeartbeat.DropAsync();
        }
    }

    private async Task StoreAsync(IncidentRecord next)
    {
        if (!ReferenceEquals(next, state.State))
        {
            if (IntakeDecider.HandOff(next, policy.Value, evidence.Value.SourcesToCollect).Count > 0)
            {
                // Before the write: a crash right after it must still leave something to hand the incident on.
                await HandOffHeartbeat.EnsureAsync();
            }
            await state.WriteOrRevertAsync(next, DeactivateOnIdle);
            await CatalogAsync(next);
        }
        ScheduleHandOffIfDue();
    }

    private void ScheduleHandOffIfDue()
    {
        if (HandOffDue && _handOff is null)
        {
            _handOff = this.RegisterGrainTimer(async () =>
            {
                _handOff?.Dispose();
                _handOff = null;
                await HandOffAsync();
            }, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Tells the post-mortem what the stored record says; a refusal is kept on the record, not retried.</summary>
    private async Task HandOffAsync()
    {
        var record = state.State;
        var commands = IntakeDecider.HandOff(record, policy.Value, evidence.Value.SourcesToCollect);
        if (commands.Count == 0)
        {
            return;
        }
        var postMortem = GrainFactory.GetGrain<IPostMortemGrain>(record.PostMortemId!);
        string? problem = null;
        foreach (var command in commands)
        {
            if ((await postMortem.Execute(command)).Rejection is { } rejection)
            {
                problem ??= rejection.Message;
                logger.LogWarning("Post-mortem {Id} refused what incident {Key} said ({Command}): {Reason}",
                    record.PostMortemId, record.Key, command.GetType().Name, rejection.Message);
            }
        }
        await state.WriteOrRevertAsync(IntakeDecider.HandedOff(state.State, record.Version, problem), DeactivateOnIdle);
        await CatalogAsync(state.State);
    }

    private async Task CatalogAsync(IncidentRecord record)
    {
        try
        {
            await catalog.UpsertAsync(IncidentSummary.From(record, policy.Value));
        }
        catch (Exception failure)
        {
            // The delivery is already durable; the list catches up on the next delivery.
            logger.LogWarning("Could not update the incident list for {Key}: {Error}", record.Key, failure.Message);
        }
    }
}
