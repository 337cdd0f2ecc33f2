using System.Net.Http.Json;
using System.Text.Json;

namespace PostMortemFlow.Server.Tests.Api;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c> describes every route of the API with the answers it can give.</summary>
public sealed class OpenApiDocumentTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    public static TheoryData<string, string, string[]> Routes() => new()
    {
        { "/api/postmortems", "post", ["201", "200", "400"] },
        { "/api/postmortems", "get", ["200"] },
        { "/api/postmortems/{id}", "get", ["200", "404"] },
        { "/api/postmortems/{id}/timeline", "put", ["200", "400"] },
        { "/api/postmortems/{id}/timeline/approve", "post", ["200", "422"] },
        { "/api/postmortems/{id}/analysis", "put", ["200"] },
        { "/api/postmortems/{id}/analysis/approve", "post", ["200"] },
        { "/api/postmortems/{id}/approve", "post", ["200"] },
        { "/api/postmortems/{id}/request-changes", "post", ["200"] },
        { "/api/postmortems/{id}/action-items/{itemId}/status", "post", ["200"] },
        { "/api/postmortems/{id}/cancel", "post", ["200"] },
        { "/api/postmortems/{id}/evidence/uploads", "post", ["202"] },
        { "/api/postmortems/{id}/report.md", "get", ["200"] },
        { "/api/postmortems/{id}/report.html", "get", ["200"] },
        { "/api/incidents", "get", ["200"] },
        { "/api/incidents/{key}", "get", ["200"] },
        { "/api/incidents/{key}/promote", "post", ["201", "200"] },
        { "/api/webhooks/alertmanager", "post", ["202", "200"] },
        { "/api/webhooks/azure-monitor", "post", ["202", "200"] },
        { "/api/webhooks/pagerduty", "post", ["202", "200"] },
        { "/api/postmortems/{id}/changes", "get", ["200", "404"] },
        { "/api/postmortems/{id}/versions/{version}", "get", ["200", "404"] },
        { "/api/postmortems/{id}/restore", "post", ["200", "400", "412"] },
        { "/api/postmortems/{id}/comments", "get", ["200", "404"] },
        { "/api/postmortems/{id}/comments", "post", ["200", "400"] },
        { "/api/postmortems/{id}/comments/{commentId}", "put", ["200", "403"] },
        { "/api/postmortems/{id}/comments/{commentId}", "delete", ["200", "403"] },
        { "/api/postmortems/{id}/comments/{commentId}/resolve", "post", ["200"] },
        { "/api/postmortems/{id}/comments/{commentId}/reopen", "post", ["200"] },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Document_EveryRoute_IsDescribedWithItsAnswers(string path, string method, string[] statuses)
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        Assert.True(document.GetProperty("paths").TryGetProperty(path, out var item), $"{path} is not in the document");
        Assert.True(item.TryGetProperty(method, out var operation), $"{method.ToUpperInvariant()} {path} is not in the document");
        var responses = operation.GetProperty("responses");
        Assert.All(statuses, status => Assert.True(responses.TryGetProperty(status, out _), $"{method.ToUpperInvariant()} {path} does not say it can answer {status}"));
    }

    [Fact]
    public async Task Document_EditsThatCanBeStale_ShowTheIfMatchHeaderAnd412()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var timeline = document.GetProperty("paths").GetProperty("/api/postmortems/{id}/timeline").GetProperty("put");

        Assert.True(timeline.GetProperty("responses").TryGetProperty("412", out _));
        Assert.Contains(timeline.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "If-Match" && p.GetProperty("in").GetString() == "header");
    }

    [Fact]
    public async Task Document_RequestBodies_CarryTheirBounds()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        JsonElement Body(string path, string method) => Resolve(document, document.GetProperty("paths").GetProperty(path).GetProperty(method)
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema"));
        JsonElement Property(JsonElement schema, string name) => Resolve(document, schema.GetProperty("properties").GetProperty(name));
        JsonElement Items(JsonElement schema) => Resolve(document, schema.GetProperty("items"));

        var entries = Property(Body("/api/postmortems/{id}/timeline", "put"), "entries");
        var services = Property(Body("/api/postmortems", "post"), "services");
        var factors = Property(Property(Body("/api/postmortems/{id}/analysis", "put"), "analysis"), "factors");

        Assert.Equal(2_000, entries.GetProperty("maxItems").GetInt32());
        Assert.Equal(4_000, Property(Items(entries), "event").GetProperty("maxLength").GetInt32());
        Assert.Equal(200, Property(Body("/api/postmortems", "post"), "title").GetProperty("maxLength").GetInt32());
        Assert.Equal((50, 256), (services.GetProperty("maxItems").GetInt32(), Items(services).GetProperty("maxLength").GetInt32()));
        Assert.Equal((100, 20), (factors.GetProperty("maxItems").GetInt32(), Property(Items(factors), "whys").GetProperty("maxItems").GetInt32()));
        Assert.Equal(4_000, Property(Body("/api/postmortems/{id}/comments", "post"), "text").GetProperty("maxLength").GetInt32());
    }

    /// <summary>A schema, or the component its <c>$ref</c> names.</summary>
    private static JsonElement Resolve(JsonElement document, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!["#/components/schemas/".Length..])
            : schema;
}
