using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
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
    private const ulong Seed = 20261207;
    private const int CasesPerRoute = 30;
    private readonly HttpClient _client = factory.CreateClient();

    private static readonly Dictionary<string, JsonObject> ValidBodies = new(StringComparer.Ordinal)
    {
        ["POST /api/postmortems"] = JsonSerializer.SerializeToNode(Declaration(DateTimeOffset.UtcNow.AddDays(1)), Options)!.AsObject(),
        ["PUT /api/postmortems/{id}/timeline"] = new()
        {
            ["entries"] = new JsonArray(new JsonObject
            {
                ["time"] = "2025-02-09T10:05:00Z", ["event"] = "error rate above 5%", ["source"] = "prometheus", ["actor"] = "System", ["kind"] = "Detected",
            }),
            ["by"] = "rui@example.com",
        },
        ["PUT /api/postmortems/{id}/analysis"] = new()
        {
            ["summary"] = "Checkout was slow.", ["rootCause"] = "The pool was too small.", ["impact"] = new JsonObject { ["description"] = "Slow pages." },
            ["analysis"] = new JsonObject { ["factors"] = new JsonArray(new JsonObject { ["description"] = "Pool sized for last year", ["category"] = "Capacity", ["whys"] = new JsonArray("Traffic doubled") }) },
            ["actionItems"] = new JsonArray(new JsonObject { ["id"] = "AI-001", ["action"] = "Size the pool from load tests", ["owner"] = "ana@example.com", ["deadline"] = "2026-12-31", ["priority"] = "High" }),
            ["by"] = "ana@example.com",
        },
        ["PUT /api/postmortems/{id}/visibility"] = new() { ["restricted"] = true, ["people"] = new JsonArray("legal@example.com"), ["groups"] = new JsonArray() },
        ["POST /api/postmortems/{id}/request-changes"] = new() { ["by"] = "rui@example.com", ["reason"] = "Add the detection time." },
        ["POST /api/postmortems/{id}/cancel"] = new() { ["reason"] = "declared twice", ["by"] = "ana@example.com" },
        ["POST /api/postmortems/{id}/action-items/{itemId}/status"] = new() { ["status"] = "Done", ["by"] = "ana@example.com" },
        ["POST /api/postmortems/{id}/comments"] = new() { ["anchor"] = "timeline[0]", ["text"] = "Was this the first symptom? @mei@example.com", ["by"] = "rui@example.com" },
        ["PUT /api/postmortems/{id}/comments/{commentId}"] = new() { ["text"] = "Was this the first symptom we saw?", ["by"] = "rui@example.com" },
        ["POST /api/postmortems/{id}/restore"] = new() { ["version"] = 1, ["part"] = "Timeline", ["by"] = "rui@example.com" },
    };

    private static readonly Gen<string> HostileId = Gen.OneOf(
        Gen.Const(new string('a', 5_000)), Gen.Const("..%2F..%2Fetc"), Gen.Const("%F0%9F%98%80"), Gen.Const("pm-unknown"), Gen.Const("a%20b"));

    [Fact]
    public async Task EveryRoute_GeneratedBodies_NeverAnswer5xx_AndARefusalChangesNothing()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var routes = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(m => m.Name is "post" or "put").Select(m => (Method: m.Name.ToUpperInvariant(), Path: path.Name)))
            .Where(r => r.Path != "/api/library/import")
            .ToList();
        Assert.True(routes.Count >= 15, $"only {routes.Count} routes with a body in the OpenAPI document");
        var id = await DeclareAsync();
        var sent = 0;
        foreach (var (method, path) in routes)
        {
            var template = ValidBodies.GetValueOrDefault($"{method} {path}") ?? new JsonObject { ["by"] = "rui@example.com" };
            // string.GetHashCode differs from run to run; the route's characters do not.
            var seed = $"{method} {path}".Aggregate(Seed, (hash, c) => (hash ^ c) * 1099511628211UL);
            var bodies = HostileJson.Cases(HostileJson.Body(template), seed, CasesPerRoute);
            var ids = HostileJson.Cases(Gen.Frequency((4, Gen.Const(id)), (1, HostileId)), seed + 1, CasesPerRoute);
            for (var i = 0; i < bodies.Count; i++)
            {
                var target = path.Replace("{id}", ids[i], StringComparison.Ordinal).Replace("{itemId}", i % 3 == 0 ? "AI-001" : ids[i], StringComparison.Ordinal)
                    .Replace("{key}", ids[i], StringComparison.Ordinal).Replace("{commentId}", i % 3 == 0 ? "C1" : ids[i], StringComparison.Ordinal);
                await SendAndCheckAsync(method, target, bodies[i], id);
                sent++;
            }
            if ((await StateAsync(id)).Phase is "Cancelled")
            {
                id = await DeclareAsync();
            }
        }
        output.WriteLine($"{sent} generated requests over {routes.Count} routes");
    }

    private async Task SendAndCheckAsync(string method, string target, string body, string id)
    {
        var before = await StateAsync(id);
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

    private async Task<(long Version, string Phase)> StateAsync(string id)
    {
        var view = await _client.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}");
        return (view.GetProperty("version").GetInt64(), view.GetProperty("phase").GetString()!);
    }

    private async Task<string> DeclareAsync()
    {
        using var response = await _client.PostAsync("/api/postmortems", Json(Declaration(DateTimeOffset.UtcNow.AddDays(1))));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await SettledPostMortem.WaitAsync(_client, id);
        return id;
    }
}
