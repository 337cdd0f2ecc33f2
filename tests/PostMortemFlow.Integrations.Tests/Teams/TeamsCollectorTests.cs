using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Graph;
using PostMortemFlow.Integrations.Teams;
using PostMortemFlow.Integrations.Tests.Infrastructure;

namespace PostMortemFlow.Integrations.Tests.Teams;

/// <summary>Against a local server answering like Microsoft Graph's channel messages list (paged by @odata.nextLink).</summary>
public sealed class TeamsCollectorTests : IDisposable
{
    private readonly EvidenceScenario _scenario = new(TeamsCollector.SourceName);

    private static string Message(string id, string at, string who, string html) =>
        $$$"""{"id":"{{{id}}}","replyToId":null,"messageType":"message","createdDateTime":"{{{at}}}","deletedDateTime":null,"from":{"user":{"id":"u-{{{who}}}","displayName":"{{{who}}}"}},"body":{"contentType":"html","content":"{{{html}}}"},"attachments":[],"mentions":[],"webUrl":"https://teams.example/{{{id}}}"}""";

    [Fact]
    public async Task Collect_ChannelMessages_FollowsNextLinkRetriesThrottlingAndDraftsTheCommunicationLog()
    {
        FakeServer? self = null;
        await using var server = await FakeServer.StartAsync((context, n) =>
        {
            context.Response.ContentType = "application/json";
            if (n == 1)
            {
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = "1";
                return context.Response.WriteAsync("""{"error":{"code":"TooManyRequests","message":"Please retry."}}""");
            }
            if (context.Request.Query.ContainsKey("$skiptoken"))
            {
                return context.Response.WriteAsync($$"""{"value":[{{Message("m3", "2025-02-09T12:30:00Z", "Mei", "later chat")}}]}""");
            }
            var next = new Uri(self!.BaseUrl, "v1.0/teams/team-1/channels/chan-1/messages?$top=50&$skiptoken=page2");
            return context.Response.WriteAsync($$"""
                {"@odata.context":"x","@odata.count":2,"@odata.nextLink":"{{next}}","value":[
                {{Message("m1", "2025-02-09T10:09:00Z", "Ana Silva", "<p>Looking at the <b>5xx</b> spike</p>")}},
                {{Message("m2", "2025-02-09T10:12:30Z", "Rui Costa", "<div>Rolling back v42 &amp; using Bearer abcdef123456</div>")}}]}
                """);
        });
        self = server;
        var credential = new FakeCredential("graph-token");
        var collector = _scenario.Collector<TeamsCollector, TeamsCollectorOptions>(new TeamsCollectorOptions { BaseUrl = server.BaseUrl + "v1.0", TeamId = "team-1", ChannelId = "chan-1" }, credential);

        var finished = await collector.CollectAsync(_scenario.State);

        var requests = server.Requests.ToArray();
        Assert.Equal(3, requests.Length);
        Assert.StartsWith("/v1.0/teams/team-1/channels/chan-1/messages?", requests[1].PathAndQuery);
        Assert.Contains("top=50", requests[1].PathAndQuery);
        Assert.Contains("skiptoken=page2", requests[2].PathAndQuery);
        Assert.All(requests, r => Assert.Equal("Bearer graph-token", r.Header("Authorization")));
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(0.9));
        Assert.Equal(["Teams: Ana Silva: Looking at the 5xx spike", "Teams: Rui Costa: Rolling back v42 & using Bearer [REDACTED]"], finished.Entries.Select(e => e.Event));
        Assert.Equal(["Ana Silva", "Rui Costa"], finished.Entries.Select(e => e.Actor));
        var manifest = await _scenario.Store.ReadManifestAsync(_scenario.Id, TeamsCollector.SourceName);
        Assert.Equal([("messages-1.json", 2L), ("messages-2.json", 1L)], manifest!.Artifacts.Select(a => (a.Name, a.Items)));
        Assert.Equal(1, manifest.Redactions);
    }

    [Fact]
    public async Task Collect_NextLinkToAnotherHost_IsNotFollowedSoTheTokenNeverLeaves()
    {
        await using var foreign = await FakeServer.StartAsync((context, _) =>
            context.Response.WriteAsync($$"""{"value":[{{Message("m9", "2025-02-09T10:20:00Z", "Eve", "phished")}}]}"""));
        var elsewhere = new UriBuilder(foreign.BaseUrl) { Host = "localhost", Path = "v1.0/teams/team-1/channels/chan-1/messages", Query = "$skiptoken=x" }.Uri;
        await using var graph = await FakeServer.StartAsync((context, _) =>
        {
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync($$"""{"@odata.nextLink":"{{elsewhere}}","value":[{{Message("m1", "2025-02-09T10:09:00Z", "Ana Silva", "first")}}]}""");
        });
        var collector = _scenario.Collector<TeamsCollector, TeamsCollectorOptions>(
            new TeamsCollectorOptions { BaseUrl = graph.BaseUrl + "v1.0", TeamId = "team-1", ChannelId = "chan-1" }, new FakeCredential("graph-token"));

        var finished = await collector.CollectAsync(_scenario.State);

        Assert.Empty(foreign.Requests);
        Assert.Equal(["Teams: Ana Silva: first"], finished.Entries.Select(e => e.Event));
        Assert.Contains("another host", Assert.Single(finished.Gaps).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphClients_RequestToAnotherHost_CarriesNoToken()
    {
        await using var foreign = await FakeServer.StartAsync((context, _) =>
        {
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync("""{"value":[]}""");
        });
        await using var graph = await FakeServer.StartAsync((context, _) => context.Response.WriteAsync("""{"value":[]}"""));
        using var clients = new GraphClients(graph.BaseUrl + "v1.0", new FakeCredential("graph-token"), maxRetries: 0);
        var messages = clients.Client.Teams["team-1"].Channels["chan-1"].Messages;

        await messages.GetAsync();
        await messages.WithUrl(new UriBuilder(foreign.BaseUrl) { Host = "localhost", Path = "v1.0/teams/team-1/channels/chan-1/messages" }.Uri.ToString()).GetAsync();

        Assert.Equal("Bearer graph-token", Assert.Single(graph.Requests).Header("Authorization"));
        Assert.Equal("", Assert.Single(foreign.Requests).Header("Authorization"));
    }

    public void Dispose() => _scenario.Dispose();
}
