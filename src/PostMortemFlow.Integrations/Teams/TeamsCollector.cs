using System.Net;
using System.Text.RegularExpressions;
using Azure.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Abstractions.Serialization;
using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Collection;
using PostMortemFlow.Integrations.Redaction;

namespace PostMortemFlow.Integrations.Teams;

/// <summary>
/// Reads the incident channel's messages through Microsoft Graph (following <c>@odata.nextLink</c>), stores each page
/// and drafts one row per message of the window: the communication log. Graph's own retry handler honours 429 + Retry-After.
/// </summary>
public sealed partial class TeamsCollector(HttpClient http, TokenCredential credential, IArtifactStore store, IOptions<TeamsCollectorOptions> options, TimeProvider clock, ILogger<TeamsCollector> logger)
    : EvidenceCollector<TeamsCollectorOptions>(store, options.Value, clock, logger)
{
    public const string SourceName = "teams";

    public override string Source => SourceName;

    /// <summary>An HttpClient with Graph's handlers (retry with Retry-After, redirects, compression).</summary>
    public static HttpClient CreateGraphHttpClient() => GraphClientFactory.Create();

    protected override async Task CollectCoreAsync(CollectionRun run, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Options.TeamId) || string.IsNullOrWhiteSpace(Options.ChannelId))
        {
            throw new InvalidOperationException($"{TeamsCollectorOptions.Section}:TeamId and ChannelId are not set");
        }
        var graph = new GraphServiceClient(http, new BaseBearerTokenAuthenticationProvider(new CredentialTokenProvider(credential, Options.Scope)), Options.BaseUrl);
        var messages = graph.Teams[Options.TeamId].Channels[Options.ChannelId].Messages;
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
                page = page.OdataNextLink is { } next ? await messages.WithUrl(next).GetAsync(cancellationToken: cancellationToken) : null;
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

    private static string Text(ItemBody? body)
    {
        var content = body?.Content ?? "";
        return body?.ContentType == BodyType.Html ? WebUtility.HtmlDecode(Tags().Replace(content, " ")).Trim() : content.Trim();
    }

    private static string Shorten(string text)
    {
        var flat = Whitespace().Replace(text, " ");
        return flat.Length <= 200 ? flat : flat[..197] + "...";
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
