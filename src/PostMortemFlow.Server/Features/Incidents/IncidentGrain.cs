using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Intake;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Integrations.Uploads;
using PostMortemFlow.Server.Features.PostMortems;

namespace PostMortemFlow.Server.Features.Incidents;

/// <summary>Stores each delivery before answering, then brings the incident's post-mortem (if any) up to date.</summary>
public sealed class IncidentGrain(
    [PersistentState("incident")] IPersistentState<IncidentRecord> state,
    IIncidentCatalog catalog,
    IOptions<IntakePolicy> policy,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<IncidentGrain> logger) : Grain, IIncidentGrain
{
    // The version the post-mortem last received; -1 after activation, so the first call after a crash re-sends
    // (declaring and recording are both idempotent in the decider).
    private long _synced = -1;

    public async Task<IntakeResult> Receive(IncidentDelivery delivery)
    {
        if (state.State.HasSeen(delivery.DeliveryId))
        {
            await SyncPostMortemAsync();
            return Result(IntakeResult.Duplicate, replayed: true);
        }
        var hadPostMortem = state.State.PostMortemId is not null;
        var next = state.State.Apply(delivery, clock.GetUtcNow());
        if (next.PostMortemId is null && policy.Value.ShouldStart(next))
        {
            next = next with { PostMortemId = IncidentKeys.PostMortemId(next.Key, next.StartedAt!.Value) };
        }
        await PersistAsync(next);
        await SyncPostMortemAsync();
        return Result(next.PostMortemId is null ? IntakeResult.Recorded : hadPostMortem ? IntakeResult.Updated : IntakeResult.Started, replayed: false);
    }

    public async Task<IntakeResult?> Promote(string by)
    {
        if (!state.State.Exists)
        {
            return null;
        }
        if (state.State.PostMortemId is not null)
        {
            await SyncPostMortemAsync();
            return Result(IntakeResult.Duplicate, replayed: true);
        }
        var record = state.State;
        await PersistAsync(record with
        {
            PostMortemId = IncidentKeys.PostMortemId(record.Key, record.StartedAt ?? record.FirstSeenAt),
            PromotedBy = by,
            Version = record.Version + 1,
        });
        await SyncPostMortemAsync();
        return Result(IntakeResult.Started, replayed: false);
    }

    public Task<IncidentRecord> Get() => Task.FromResult(state.State);

    private IntakeResult Result(string status, bool replayed) =>
        new() { IncidentKey = state.State.Key, PostMortemId = state.State.PostMortemId, Status = status, Replayed = replayed };

    private async Task PersistAsync(IncidentRecord next)
    {
        var previous = state.State;
        state.State = next;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State = previous;
            DeactivateOnIdle();
            throw;
        }
        try
        {
            await catalog.UpsertAsync(IncidentSummary.From(next, policy.Value));
        }
        catch (Exception failure)
        {
            // The delivery is already durable; the list catches up on the next delivery.
            logger.LogWarning("Could not update the incident list for {Key}: {Error}", next.Key, failure.Message);
        }
    }

    private async Task SyncPostMortemAsync()
    {
        var record = state.State;
        if (record.PostMortemId is not { } id || _synced >= record.Version)
        {
            return;
        }
        var postMortem = GrainFactory.GetGrain<IPostMortemGrain>(id);
        var sources = configuration.GetSection("Evidence:Sources").Get<string[]>() ?? [UploadsCollector.SourceName];
        var declared = await postMortem.Execute(new DeclarePostMortem(id, record.ToDraft(policy.Value), [.. sources]));
        if (declared.Rejection is { } refused)
        {
            throw new InvalidOperationException($"Post-mortem {id} of incident {record.Key} could not be declared: {refused.Message}");
        }
        if (!declared.Changed)
        {
            var recorded = await postMortem.Execute(new RecordIncidentEvents(record.Events, record.EndedAt));
            if (recorded.Rejection is { Kind: not RejectionKind.WrongPhase } rejection)
            {
                logger.LogWarning("Post-mortem {Id} refused the events of incident {Key}: {Reason}", id, record.Key, rejection.Message);
            }
        }
        _synced = record.Version;
    }
}
