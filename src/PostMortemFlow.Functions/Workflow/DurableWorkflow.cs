using Microsoft.DurableTask.Client;
using Microsoft.DurableTask;
using PostMortemFlow.Application.PostMortems;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Functions.Workflow;

/// <summary>
/// The Functions app's workflow engine for the HTTP surface: a command becomes an external event of the post-mortem's
/// orchestration (started by its declaration or import, under the post-mortem's id), and the caller gets the decider's answer —
/// a refusal with its findings, or the new state — from the read view the orchestration publishes.
/// </summary>
public sealed class DurableWorkflow(DurableTaskClient client, WorkflowViews views, WorkflowInbox inbox) : IPostMortemWorkflow
{
    public async Task<CommandResult> ExecuteAsync(string id, PostMortemCommand command, CancellationToken cancellationToken = default)
    {
        var sent = await SendAsync(id, command, null, cancellationToken);
        return sent.Refusal ?? await views.WaitForResultAsync(id, sent.CommandId!, cancellationToken);
    }

    public async Task<PostMortemState> GetAsync(string id, CancellationToken cancellationToken = default) =>
        await views.ReadAsync(id, cancellationToken) ?? new PostMortemState();

    /// <summary>
    /// Raises the command without waiting for its answer (an incident handing on its events does not wait). A
    /// declaration or an import starts the orchestration first; a command for no orchestration, or a finished one, is refused here.
    /// </summary>
    public async Task<(string? CommandId, CommandResult? Refusal)> SendAsync(string id, PostMortemCommand command, string? incidentKey, CancellationToken cancellationToken)
    {
        var instance = await client.GetInstanceAsync(id, cancellationToken);
        if (instance is null && command is not (DeclarePostMortem or ImportPostMortem))
        {
            return (null, Refused(RejectionKind.NotFound, "No such post-mortem."));
        }
        if (instance is { IsCompleted: true })
        {
            var state = await GetAsync(id, cancellationToken);
            return (null, new CommandResult { State = state, Rejection = new Rejection
            {
                Kind = RejectionKind.WrongPhase, Message = $"{command.GetType().Name} does not apply: the post-mortem's workflow has ended ({state.Phase}).",
            } });
        }
        // Into the inbox first: from there the orchestration applies it even if the event itself is lost.
        var envelope = await inbox.AddAsync(id, command, incidentKey, cancellationToken);
        if (instance is null)
        {
            await StartAsync(id, cancellationToken);
        }
        await client.RaiseEventAsync(id, WorkflowNames.CommandEvent, envelope, cancellationToken);
        return (envelope.CommandId, null);
    }

    private async Task StartAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(WorkflowNames.Orchestration, new WorkflowCarry(),
                new StartOrchestrationOptions(id), cancellationToken);
        }
        catch (Exception)
        {
            // Started meanwhile by a concurrent declaration (the instance id makes it the same one); anything else is rethrown.
            if (await client.GetInstanceAsync(id, cancellationToken) is null)
            {
                throw;
            }
        }
    }

    private static CommandResult Refused(RejectionKind kind, string message) =>
        new() { Rejection = new Rejection { Kind = kind, Message = message } };
}
