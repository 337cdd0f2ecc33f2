using PostMortemFlow.Integrations.Documents;

namespace PostMortemFlow.Functions.Workflow;

/// <summary>
/// Every command is kept here from before it is raised until its answer is published. An orchestration reads its inbox
/// when an episode starts, so a command whose event went missing around continue-as-new is still applied, once.
/// </summary>
public sealed class WorkflowInbox(IDocumentStore documents, TimeProvider clock)
{
    public async Task<CommandEnvelope> AddAsync(string postMortemId, Domain.Workflow.Commands.PostMortemCommand command, string? incidentKey, CancellationToken cancellationToken = default)
    {
        var commandId = Guid.NewGuid().ToString("N");
        var envelope = new CommandEnvelope(commandId, command, DocumentPaths.InboxEntry(postMortemId, clock.GetUtcNow(), commandId), incidentKey);
        await documents.WriteAsync(envelope.Inbox, DocumentJson.Serialize(envelope), expectedVersion: null, cancellationToken);
        return envelope;
    }

    public async Task<IReadOnlyList<CommandEnvelope>> ReadAsync(string postMortemId, CancellationToken cancellationToken = default)
    {
        var waiting = new List<CommandEnvelope>();
        foreach (var path in await documents.ListAsync(DocumentPaths.Inbox(postMortemId), cancellationToken))
        {
            if (DocumentJson.Deserialize<CommandEnvelope>(await documents.ReadAsync(path, cancellationToken)) is { } envelope)
            {
                waiting.Add(envelope);
            }
        }
        return waiting;
    }

    public Task RemoveAsync(CommandEnvelope envelope, CancellationToken cancellationToken = default) => documents.DeleteAsync(envelope.Inbox, cancellationToken);
}
