using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Integrations.Effects;
using PostMortemFlow.Integrations.Settings;
using PostMortemFlow.Integrations.Telemetry;

namespace PostMortemFlow.Functions.Workflow;

/// <summary>
/// The orchestration's activities: everything that touches the world. Each runs at least once; effects carry the
/// outbox entry's stable key, so a retried activity never sends, uploads or files twice.
/// </summary>
public sealed class WorkflowActivities(IEffectDispatcher effects, WorkflowViews views, WorkflowInbox inbox, IOptions<WorkflowOptions> options, ILogger<WorkflowActivities> logger)
{
    /// <summary>The workflow's durations, read once per episode so that replays see the same values.</summary>
    [Function(WorkflowNames.LoadSettings)]
    public WorkflowSettings LoadSettings([ActivityTrigger] object? input) => options.Value.ToSettings();

    /// <summary>Runs one outbox entry with the executor configured for its kind; what it learned goes back to the decider.</summary>
    [Function(WorkflowNames.RunEffect)]
    public async Task<PostMortemCommand?> RunEffectAsync([ActivityTrigger] EffectRequest request)
    {
        using var timeout = new CancellationTokenSource(options.Value.EffectTimeout);
        try
        {
            return await effects.ExecuteAsync(request.Entry, request.State, timeout.Token);
        }
        catch (Exception failure)
        {
            logger.LogWarning("Effect {Effect} of post-mortem {Id} failed: {Error}", request.Entry.Id, request.State.Id, failure.Message);
            throw;
        }
    }

    /// <summary>The commands waiting for this orchestration, in the order they came.</summary>
    [Function(WorkflowNames.ReadInbox)]
    public Task<IReadOnlyList<CommandEnvelope>> ReadInboxAsync([ActivityTrigger] string postMortemId) => inbox.ReadAsync(postMortemId);

    /// <summary>
    /// Makes the decided state readable (the read view, the list row) and answers the command that led to it. The
    /// command's span is recorded here: an activity runs once per decision, the orchestration's code on every replay.
    /// </summary>
    [Function(WorkflowNames.PublishView)]
    public async Task PublishViewAsync([ActivityTrigger] ViewUpdate update)
    {
        using var span = update.Answering is { } envelope ? PostMortemTelemetry.StartCommand(update.Id, envelope.Command) : null;
        span.Decided(update.State, update.Rejection, update.Changed);
        await views.PublishAsync(update);
    }
}
