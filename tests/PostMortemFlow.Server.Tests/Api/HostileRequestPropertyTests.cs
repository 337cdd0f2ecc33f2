using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using PostMortemFlow.Server.Tests.Persistence;
using Xunit.Abstractions;
using static PostMortemFlow.Server.Tests.Api.ApiJsonBodies;

namespace PostMortemFlow.Server.Tests.Api;

/// <summary>
/// Every route the OpenAPI document lists, sent bodies and path values generated from a fixed seed (valid ones with
/// fields replaced by hostile values, fields left out, no JSON at all): never a 5xx, a refusal is problem details, and
/// after a refusal the post-mortem and the list are as they were.
/// </summary>
public sealed class HostileRequestPropertyTests(ServerFactory factory, ITestOutputHelper output) : IClassFixture<ServerFactory>
{
    private const int CasesPerRoute = 30;
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task EveryRoute_GeneratedBodies_NeverAnswer5xx_AndARefusalChangesNothing()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var routes = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(m => m.Name is "post" or "put").Select(m => (Method: m.Name.ToUpperInvariant(), Path: path.Name)))
            .Where(r => r.Path != "/api/library/import")
            .ToList();
        Assert.True(routes.Count >= 15, $"only {routes.Count} routes with a body in the OpenAPI document");
        var id = await SettledPostMortem.DeclareAsync(_client);
        var sent = 0;
        var declaration = JsonSerializer.SerializeToNode(Declaration(DateTimeOffset.UtcNow.AddDays(1)), Options)!.AsObject();
        foreach (var (method, path) in routes)
        {
            foreach (var (values, body) in HostileRoutes.Cases(method, path, id, declaration, CasesPerRoute))
            {
                await SendAndCheckAsync(method, HostileRoutes.Target(path, values), body, id);
                sent++;
            }
            if ((await StateAsync(id)).Phase is "Cancelled")
            {
                id = await SettledPostMortem.DeclareAsync(_client);
            }
        }
        output.WriteLine($"{sent} generated requests over {routes.Count} routes");
    }

    private async Task SendAndCheckAsync(string method, string target, string body, string id)
    {
        // Settled first: an e-mail an earlier accepted request queued (a mention) must not pass for this request's change.
        var before = await SettledAsync(id);
        var listed = (await _client.GetFromJsonAsync<JsonElement>("/api/postmortems")).GetArrayLength();
        using var request = new HttpRequestMessage(new HttpMethod(method), target) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        using var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        var shown = body.Length > 300 ? body[..300] + $"… ({body.Length} chars)" : body;

        Assert.True(status < 500, $"{method} {target} answered {status} to {shown}: {text}");
        if (status >= 400 && text.Length > 0)
        {
            Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json",
                $"{method} {target} answered {status} without problem details to {shown}: {text}");
        }
        if (status >= 400)
        {
            var after = await StateAsync(id);
            Assert.True(before.Version == after.Version, $"{method} {target} answered {status} to {shown} but changed the post-mortem");
            Assert.Equal(listed, (await _client.GetFromJsonAsync<JsonElement>("/api/postmortems")).GetArrayLength());
        }
    }

    private async Task<(long Version, string Phase)> SettledAsync(string id)
    {
        var view = await Eventually.ReachAsync(() => _client.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}"),
            v => v.GetProperty("outbox").GetArrayLength() == 0, TimeSpan.FromSeconds(30));
        return (view.GetProperty("version").GetInt64(), view.GetProperty("phase").GetString()!);
    }

    private async Task<(long Version, string Phase)> StateAsync(string id)
    {
        var view = await _client.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}");
        return (view.GetProperty("version").GetInt64(), view.GetProperty("phase").GetString()!);
    }
}
