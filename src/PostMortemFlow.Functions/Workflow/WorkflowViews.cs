using Microsoft.Extensions.Options;
using PostMortemFlow.Application.Library;
using PostMortemFlow.Application.PostMortems;
using PostMortemFlow.Domain.Library;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Functions.Intake;
using PostMortemFlow.Integrations.Documents;

namespace PostMortemFlow.Functions.Workflow;

/// <summary>
/// The read side of the orchestrations, in the document store: each post-mortem's state as last decided, its list row,
/// and the answer to each command, which the HTTP function that raised the command waits for.
/// </summary>
public sealed class WorkflowViews(IDocumentStore documents, DocumentPostMortemCatalog catalog, ILibraryIndex library, IncidentRecords incidents, WorkflowInbox inbox, TimeProvider clock, IOptions<FunctionsWorkflowOptions> options)
{
    public async Task PublishAsync(ViewUpdate update, CancellationToken cancellationToken = default)
    {
        var state = update.State;
        if (state.Phase != Phase.None)
        {
            await documents.WriteAsync(DocumentPaths.View(state.Id), DocumentJson.Serialize(state), DocumentPaths.Any, cancellationToken);
            await catalog.UpsertAsync(PostMortemSummary.From(state), cancellationToken);
            await library.UpsertAsync(LibraryEntry.From(state), cancellationToken);
        }
        if (update.Answering is not { } envelope)
        {
            return;
        }
        var result = new CommandResult { State = state, Rejection = update.Rejection, Changed = update.Changed };
        await documents.WriteAsync(DocumentPaths.CommandResult(update.Id, envelope.CommandId), DocumentJson.Serialize(result), DocumentPaths.Any, cancellationToken);
        if (envelope.IncidentKey is { } key && update.Rejection is { } refused)
        {
            await incidents.NoteRefusalAsync(key, refused.Message, cancellationToken);
        }
        await inbox.RemoveAsync(envelope, cancellationToken);
    }

    public async Task<PostMortemState?> ReadAsync(string id, CancellationToken cancellationToken = default) =>
        DocumentJson.Deserialize<PostMortemState>(await documents.ReadAsync(DocumentPaths.View(id), cancellationToken));

    /// <summary>Waits for the orchestration's answer to one command; a command is durable once raised, so a late answer still comes.</summary>
    public async Task<CommandResult> WaitForResultAsync(string id, string commandId, CancellationToken cancellationToken = default)
    {
        var deadline = clock.GetUtcNow() + options.Value.CommandTimeout;
        var pause = TimeSpan.FromMilliseconds(20);
        while (true)
        {
            if (DocumentJson.Deserialize<CommandResult>(await documents.ReadAsync(DocumentPaths.CommandResult(id, commandId), cancellationToken)) is { } result)
            {
                return result;
            }
            if (clock.GetUtcNow() >= deadline)
            {
                throw new CommandQueuedException(id, commandId, options.Value.CommandTimeout);
            }
            await Task.Delay(pause, clock, cancellationToken);
            pause = TimeSpan.FromMilliseconds(Math.Min(250, pause.TotalMilliseconds * 2));
        }
    }
}
