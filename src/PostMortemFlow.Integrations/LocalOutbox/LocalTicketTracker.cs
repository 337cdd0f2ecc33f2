using System.Text.Json;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Publishing;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Effects;

namespace PostMortemFlow.Integrations.LocalOutbox;

/// <summary>
/// The embedded mode's ticket list: one JSON file per action item under <c>tickets/</c>. Set a file's <c>status</c>
/// to <c>done</c> (or <c>closed</c>, <c>wont-do</c>, <c>in-progress</c>) and the weekly sync picks it up.
/// </summary>
public sealed class LocalTicketTracker(IOptions<LocalOutboxOptions> options, TimeProvider clock) : ITicketTracker
{
    public async Task<string> CreateTicketAsync(PostMortemState state, ActionItem item, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var name = NameOf(state.Id, item.Id);
        var path = Path.Combine(options.Value.TicketsPath, name);
        var link = $"tickets/{name}";
        if (File.Exists(path))
        {
            return link;
        }
        var ticket = new
        {
            title = TicketText.Title(state, item),
            body = state.Restriction is null
                ? $"From the post-mortem \"{state.PostMortem.Title}\" ({state.Id}). Deadline {UtcFormat.Date(item.Deadline, "not set")}, priority {item.Priority}."
                : TicketText.RestrictedBody(state, null),
            labels = TicketText.Label(state, item) is { } category ? new[] { "post-mortem", category } : ["post-mortem"],
            assignee = item.Owner,
            status = "open",
            idempotencyKey,
            createdAt = clock.GetUtcNow(),
        };
        await LocalFiles.WriteAtomicallyAsync(path, stream => JsonSerializer.SerializeAsync(stream, ticket, cancellationToken: cancellationToken), cancellationToken);
        LocalFiles.Journal(options.Value.TicketsPath, "ticket", idempotencyKey, clock.GetUtcNow());
        return link;
    }

    internal static string NameOf(string postMortemId, string itemId) => $"{SafeName.From(postMortemId)}/{SafeName.From(itemId)}.json";
}
