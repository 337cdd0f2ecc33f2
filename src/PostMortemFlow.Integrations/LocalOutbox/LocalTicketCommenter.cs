using System.Text.Json;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Effects;

namespace PostMortemFlow.Integrations.LocalOutbox;

/// <summary>The embedded mode's ticket comments: one JSON file per comment beside the item's ticket, <c>tickets/{id}/{item}.comments/{key}.json</c>.</summary>
public sealed class LocalTicketCommenter(IOptions<LocalOutboxOptions> options, TimeProvider clock) : ITicketCommenter
{
    public async Task<bool> CommentAsync(PostMortemState state, ActionItem item, string text, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(options.Value.TicketsPath, SafeName.From(state.Id), SafeName.From(item.Id) + ".comments");
        var path = Path.Combine(folder, SafeName.From(idempotencyKey) + ".json");
        if (File.Exists(path))
        {
            return true;
        }
        Directory.CreateDirectory(folder);
        var comment = new { body = text, idempotencyKey, createdAt = clock.GetUtcNow() };
        await LocalFiles.WriteAtomicallyAsync(path, stream => JsonSerializer.SerializeAsync(stream, comment, cancellationToken: cancellationToken), cancellationToken);
        LocalFiles.Journal(options.Value.TicketsPath, "ticket-comment", idempotencyKey, clock.GetUtcNow());
        return true;
    }
}
