using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions.Serialization;
using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Collection;
using PostMortemFlow.Integrations.Graph;
using PostMortemFlow.Integrations.Identity;
using PostMortemFlow.Integrations.Redaction;

namespace PostMortemFlow.Integrations.Teams;

/// <summary>
/// Reads the incident channel's messages through Microsoft Graph (following <c>@odata.nextLink</c>), stores each page
/// and drafts one row per message of the window: the communication log. Graph's own retry handler honours 429 + Retry-After.
/// </summary>
public sealed partial class TeamsCollector(AzureCredentials credentials, IArtifactStore store, IOptions<TeamsCollectorOptions> options, TimeProvider clock, ILogger<TeamsCollector> logger)
    : EvidenceCollector<TeamsCollectorOptions>(store, options.Value, clock, logger), IDisposable
{
    public const string SourceName = "teams";

    private readonly Lazy<GraphClients> _graph = new(() => new GraphClients(options.Value.BaseUrl, credentials.Graph, Math.Max(0, options.Value.MaxAttempts - 1)));

    public override string Source => SourceName;

    protected override async Task CollectCoreAsync(CollectionRun run, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Options.TeamId) || string.IsNullOrWhiteSpace(Options.ChannelId))
        {
            throw new InvalidOperationException($"{TeamsCollectorOptions.Section}:TeamId and ChannelId are not set");
        }
        var messages = _graph.Value.Client.Teams[Options.TeamId].Channels[Options.ChannelId].Messages;
        var redactor = new Redactor();
        var times = new List<DateTimeOffset>();
        try
        {
            var page = await messages.GetAsync(r => r.QueryParameters.Top = Options.PageSize, cancellationToken);
            for (var number = 1; page is not null && number <= Options.MaxPages; number++)
            {
                var artifact = $"messages-{number}.json";
                await using (var json = KiotaJsonSerializer.SerializeAsStream(page, serializeOnlyChangedValues: false))
                {
                    await run.StoreAsync(artifact, $"teams/{Options.TeamId}/channels/{Options.ChannelId}/messages", json, cancellationToken);
                }
                run.Count(artifact, page.Value?.Count ?? 0);
                foreach (var message in page.Value ?? [])
                {
                    if (message.CreatedDateTime is not { } created)
                    {
                        continue;
                    }
                    times.Add(created);
                    if (run.Window.Contains(created) && message.MessageType == ChatMessageType.Message && message.DeletedDateTime is null)
                    {
                        var who = message.From?.User?.DisplayName ?? message.From?.Application?.DisplayName ?? "unknown";
                        var text = redactor.RedactLine(Text(message.Body));
                        run.Add(run.Row(created, $"Teams: {who}: {Shorten(text)}", TimelineEntryKind.Event, artifact, who));
                    }
                }
                page = await NextPageAsync(run, page.OdataNextLink, messages, cancellationToken);
                if (page is not null && number == Options.MaxPages)
                {
                    run.Gap(run.Window.From, run.Window.To, $"more than {Options.MaxPages} pages of channel messages; the rest was not read");
                }
            }
        }
        catch (ODataError e)
        {
            throw new EvidenceRequestException(e.ResponseStatusCode, $"HTTP {e.ResponseStatusCode} {e.Error?.Code}: {e.Error?.Message ?? e.Message}", e.Error?.Code, e);
        }
        run.Cover(run.Window);
    }

    /// <summary>Follows a <c>@odata.nextLink</c> only on Graph's own host; a link elsewhere ends the reading as a gap.</summary>
    private async Task<ChatMessageCollectionResponse?> NextPageAsync(CollectionRun run, string? next, Microsoft.Graph.Teams.Item.Channels.Item.Messages.MessagesRequestBuilder messages, CancellationToken cancellationToken)
    {
        if (next is null)
        {
            return null;
        }
        var graphHost = new Uri(Options.BaseUrl);
        if (!Uri.TryCreate(next, UriKind.Absolute, out var link) || !string.Equals(link.Authority, graphHost.Authority, StringComparison.OrdinalIgnoreCase))
        {
            run.Gap(run.Window.From, run.Window.To, "the next page of channel messages is on another host; it was not read");
            return null;
        }
        return await messages.WithUrl(next).GetAsync(cancellationToken: cancellationToken);
    }

    private static string Text(ItemBody? body)
    {
        var content = body?.Content ?? "";
        return body?.ContentType == BodyType.Html ? HtmlText.ToPlain(content) : content.Trim();
    }

    private static string Shorten(string text)
    {
        var flat = Whitespace().Replace(text, " ");
        return flat.Length <= 200 ? flat : flat[..197] + "...";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    public void Dispose()
    {
        if (_graph.IsValueCreated)
        {
            _graph.Value.Dispose();
        }
    }
}
