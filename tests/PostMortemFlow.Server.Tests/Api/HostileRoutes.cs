using System.Text.Json.Nodes;
using CsCheck;

namespace PostMortemFlow.Server.Tests.Api;

/// <summary>
/// The generated requests of the hostile-input tests, the same for both hosts: for each route with a body, a valid body
/// to mutate and path values that are mostly real and sometimes hostile, all from a fixed seed.
/// </summary>
public static class HostileRoutes
{
    private const ulong Seed = 20261207;

    private static readonly Dictionary<string, JsonObject> ValidBodies = new(StringComparer.Ordinal)
    {
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

    /// <summary>
    /// <paramref name="count"/> requests for one route: the path's values (<c>id</c>, <c>itemId</c>, <c>commentId</c>…) and a body derived
    /// from the route's valid one (<paramref name="declaration"/> for declaring).
    /// </summary>
    public static IReadOnlyList<(IReadOnlyDictionary<string, string> Values, string Body)> Cases(string method, string path, string id, JsonObject declaration, int count)
    {
        var template = method == "POST" && path == "/api/postmortems"
            ? declaration
            : ValidBodies.GetValueOrDefault($"{method} {path}") ?? new JsonObject { ["by"] = "rui@example.com" };
        // string.GetHashCode differs from run to run; the route's characters do not.
        var seed = $"{method} {path}".Aggregate(Seed, (hash, c) => (hash ^ c) * 1099511628211UL);
        var bodies = HostileJson.Cases(HostileJson.Body(template), seed, count);
        var ids = HostileJson.Cases(Gen.Frequency((4, Gen.Const(id)), (1, HostileId)), seed + 1, count);
        return [.. bodies.Select((body, i) => ((IReadOnlyDictionary<string, string>)new Dictionary<string, string>
        {
            ["id"] = ids[i], ["itemId"] = i % 3 == 0 ? "AI-001" : ids[i], ["commentId"] = i % 3 == 0 ? "C1" : ids[i],
            ["suggestionId"] = ids[i], ["key"] = ids[i],
        }, body))];
    }

    /// <summary>The path with its placeholders filled in.</summary>
    public static string Target(string path, IReadOnlyDictionary<string, string> values) =>
        values.Aggregate(path, (target, value) => target.Replace("{" + value.Key + "}", value.Value, StringComparison.Ordinal));
}
