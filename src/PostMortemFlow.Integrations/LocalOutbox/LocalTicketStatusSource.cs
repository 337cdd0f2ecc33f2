using System.Text.Json;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.Effects;

namespace PostMortemFlow.Integrations.LocalOutbox;

/// <summary>Reads the <c>status</c> field of the local ticket files written by <see cref="LocalTicketTracker"/>.</summary>
public sealed class LocalTicketStatusSource(IOptions<LocalOutboxOptions> options) : ITicketStatusSource
{
    public async Task<ImmutableDictionary<string, ActionItemStatus>> ReadStatusesAsync(PostMortemState state, CancellationToken cancellationToken = default)
    {
        var statuses = ImmutableDictionary.CreateBuilder<string, ActionItemStatus>(StringComparer.Ordinal);
        foreach (var item in state.PostMortem.ActionItems.Where(i => i.TrackerLink is not null))
        {
            var path = Path.Combine(options.Value.TicketsPath, LocalTicketTracker.NameOf(state.Id, item.Id));
            if (!File.Exists(path))
            {
                continue;
            }
            await using var stream = File.OpenRead(path);
            using var ticket = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            if (ticket.RootElement.TryGetProperty("status", out var status) && Parse(status.GetString()) is { } parsed)
            {
                statuses[item.Id] = parsed;
            }
        }
        return statuses.ToImmutable();
    }

    private static ActionItemStatus? Parse(string? status) => status?.Trim().ToLowerInvariant() switch
    {
        "open" => ActionItemStatus.Open,
        "in-progress" or "inprogress" or "in progress" => ActionItemStatus.InProgress,
        "done" or "closed" or "completed" => ActionItemStatus.Done,
        "wont-do" or "wontdo" or "won't do" => ActionItemStatus.WontDo,
        _ => null,
    };
}
