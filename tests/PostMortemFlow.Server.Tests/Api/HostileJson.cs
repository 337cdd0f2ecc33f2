using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace PostMortemFlow.Server.Tests.Api;

/// <summary>
/// Generators of request bodies a careless or hostile client sends: a valid body with fields replaced by boundary and
/// hostile values (dates at year 1 and 9999, offsets of ±14 h, huge and empty strings, control characters, wrong types,
/// enormous arrays), fields left out, or no JSON object at all (duplicate keys, deep nesting, truncation, plain text).
/// </summary>
public static class HostileJson
{
    private static readonly string Huge = new('x', 200_000);

    public static readonly Gen<JsonNode?> Value = Gen.Frequency<JsonNode?>(
        (3, Gen.OneOf<JsonNode?>(
            Gen.Const<JsonNode?>(""), Gen.Const<JsonNode?>(" "), Gen.Const<JsonNode?>(Huge), Gen.Const<JsonNode?>("\u0000\u0001\u001b[31m\u202e"),
            Gen.Const<JsonNode?>("𝕏✓ Ünïcödé"), Gen.Const<JsonNode?>("<script>window.__x=1</script>"), Gen.Const<JsonNode?>("../../etc/passwd"))),
        (3, Gen.OneOf<JsonNode?>(
            Gen.Const<JsonNode?>("0001-01-01T00:00:00Z"), Gen.Const<JsonNode?>("9999-12-31T23:59:59Z"), Gen.Const<JsonNode?>("2025-02-09T10:05:00+14:00"),
            Gen.Const<JsonNode?>("2025-02-09T10:05:00-14:00"), Gen.Const<JsonNode?>("2025-02-30T25:61:00Z"), Gen.Const<JsonNode?>("2025-02-09T10:05:00"),
            Gen.Const<JsonNode?>("not a date"))),
        (2, Gen.OneOf<JsonNode?>(Gen.Const<JsonNode?>(0), Gen.Const<JsonNode?>(-1), Gen.Const<JsonNode?>(int.MaxValue), Gen.Const<JsonNode?>(long.MinValue),
            Gen.Const<JsonNode?>(1e308), Gen.Const<JsonNode?>(0.5))),
        (2, Gen.OneOf<JsonNode?>(Gen.Const<JsonNode?>(true), Gen.Const<JsonNode?>((JsonNode?)null))),
        (2, Gen.OneOf(Gen.Const(() => (JsonNode?)new JsonArray()), Gen.Const(() => (JsonNode?)new JsonObject()),
            Gen.Const(() => (JsonNode?)new JsonArray((JsonNode?)null)),
            Gen.Const(() => (JsonNode?)new JsonArray([.. Enumerable.Range(0, 20_000).Select(i => (JsonNode)$"s{i}")])),
            Gen.Const(() => (JsonNode?)new JsonArray(new JsonObject { ["time"] = "9999-12-31T23:59:59Z", ["event"] = Huge })))));

    /// <summary>Whole bodies that are not a JSON object a handler can bind.</summary>
    public static readonly Gen<string> Raw = Gen.OneOf(
        Gen.Const(""), Gen.Const("null"), Gen.Const("[]"), Gen.Const("\"text\""), Gen.Const("{"), Gen.Const("{\"title\": \"a\""),
        Gen.Const("{\"title\":\"a\",\"title\":\"b\",\"by\":\"x\",\"by\":\"y\"}"), Gen.Const("not json at all"),
        Gen.Const(new StringBuilder().Insert(0, "{\"a\":", 300).Append('1').Append('}', 300).ToString()),
        Gen.Const(new StringBuilder().Insert(0, "[", 5_000).Append(']', 5_000).ToString()));

    /// <summary>A body derived from <paramref name="valid"/>: mutated fields, a field left out, or raw text.</summary>
    public static Gen<string> Body(JsonObject valid) =>
        Gen.Frequency(
            (6, Gen.Select(Gen.Int[0, 1_000], Value, Gen.Int[0, 3], (pick, value, nested) => Mutated(valid, pick, value, nested).ToJsonString())),
            (2, Gen.Int[0, 1_000].Select(pick => Without(valid, pick).ToJsonString())),
            (2, Raw));

    private static JsonObject Mutated(JsonObject valid, int pick, JsonNode? value, int nested)
    {
        var body = (JsonObject)valid.DeepClone();
        var keys = body.Select(p => p.Key).Append("unexpected").ToList();
        var key = keys[pick % keys.Count];
        if (nested > 0 && body[key] is JsonArray { Count: > 0 } array && array[0] is JsonObject first && first.Count > 0)
        {
            // Reach into the first row or item: its fields are where most of the bounds live.
            var inner = first.Select(p => p.Key).ToList()[pick % first.Count];
            first[inner] = value?.DeepClone();
            return body;
        }
        body[key] = value?.DeepClone();
        return body;
    }

    private static JsonObject Without(JsonObject valid, int pick)
    {
        var body = (JsonObject)valid.DeepClone();
        if (body.Count > 0)
        {
            body.Remove(body.Select(p => p.Key).ToList()[pick % body.Count]);
        }
        return body;
    }

    /// <summary>The first <paramref name="count"/> values of <paramref name="gen"/> from a fixed seed, so CI runs the same cases.</summary>
    public static List<T> Cases<T>(Gen<T> gen, ulong seed, int count)
    {
        var pcg = new PCG(1, seed);
        return [.. Enumerable.Range(0, count).Select(i => gen.Generate(pcg, null!, out _))];
    }
}
