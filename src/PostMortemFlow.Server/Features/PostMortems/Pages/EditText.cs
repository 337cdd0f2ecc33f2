using System.Text.Json.Nodes;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

/// <summary>An edit's JSON value as people read it: a text as itself, a timeline row as its time and event, anything else as its words.</summary>
public static class EditText
{
    public static string Of(string? json)
    {
        if (json is null)
        {
            return "";
        }
        var node = JsonNode.Parse(json);
        return node switch
        {
            null => "(empty)",
            JsonValue value => value.ToString(),
            JsonObject row when row["event"] is JsonValue text && row["time"] is JsonValue time => $"{Time(time)} — {text}",
            _ => string.Join(" · ", Leaves(node).Where(s => s.Length > 0)),
        };
    }

    private static string Time(JsonValue time) =>
        time.TryGetValue(out DateTimeOffset at) ? UtcText.Time(at) : time.ToString();

    private static IEnumerable<string> Leaves(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Leaves(p.Value)),
        JsonArray list => list.SelectMany(Leaves),
        JsonValue value => [value.ToString()],
        _ => [],
    };
}
