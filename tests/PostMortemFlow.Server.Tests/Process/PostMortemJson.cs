using System.Text.Json;

namespace PostMortemFlow.Server.Tests.Process;

/// <summary>Reads the parts of <c>GET /api/postmortems/{id}</c> the process tests look at.</summary>
public static class PostMortemJson
{
    public static string Phase(this JsonElement view) => view.GetProperty("phase").GetString()!;

    public static long Version(this JsonElement view) => view.GetProperty("version").GetInt64();

    public static IReadOnlyList<string> CompletedIds(this JsonElement view) => Ids(view, "completed");

    public static IReadOnlyList<string> OutboxIds(this JsonElement view) => Ids(view, "outbox");

    public static DateTimeOffset? TimerDue(this JsonElement view, string name) =>
        view.GetProperty("timers").EnumerateArray()
            .Where(t => t.GetProperty("name").GetString() == name)
            .Select(t => (DateTimeOffset?)t.GetProperty("dueAt").GetDateTimeOffset())
            .FirstOrDefault();

    public static string Raw(this JsonElement view, string property) => view.GetProperty(property).GetRawText();

    private static List<string> Ids(JsonElement view, string property) =>
        view.GetProperty(property).EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();
}
