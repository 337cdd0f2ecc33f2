using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static PostMortemFlow.Server.Tests.Api.ApiJsonBodies;

namespace PostMortemFlow.Server.Tests.Api;

/// <summary>The history of changes through the API: each edit listed with its diff, earlier versions shown, and restored as an edit.</summary>
public sealed class ChangeHistoryApiTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Edits_AreListedWithTheirDiffs_AnEarlierVersionIsShown_AndRestoredAsAnEdit()
    {
        var id = await SettledPostMortem.DeclareAsync(_client);
        var start = await _client.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}/changes");
        var original = start.GetProperty("version").GetInt64();
        var originalRows = Events(await _client.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}/versions/{original}"));
        var rows = new[] { new { time = "2025-02-09T10:05:00Z", @event = "checkout errors above 5%", source = "prometheus", actor = "System", kind = "Detected" } };

        using var edit = await _client.PutAsync($"/api/postmortems/{id}/timeline", Json(new { entries = rows, by = "mei@example.com" }));
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        var changes = await _client.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}/changes");
        var last = changes.GetProperty("changes").EnumerateArray().Last();
        Assert.Equal(("EditTimeline", "mei@example.com"), (last.GetProperty("command").GetString(), last.GetProperty("by").GetString()));
        Assert.Contains(last.GetProperty("edits").EnumerateArray(), e => e.GetProperty("field").GetString()!.StartsWith("timeline[", StringComparison.Ordinal));
        Assert.Equal(originalRows, Events(await _client.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}/versions/{original}")));

        using var restore = await _client.PostAsync($"/api/postmortems/{id}/restore", Json(new { version = original, part = "Timeline", by = "rui@example.com" }));

        Assert.Equal(HttpStatusCode.OK, restore.StatusCode);
        var view = await restore.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(originalRows, view.GetProperty("postMortem").GetProperty("timeline").EnumerateArray().Select(r => r.GetProperty("event").GetString()!).ToList());
        var restored = (await _client.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}/changes")).GetProperty("changes").EnumerateArray().Last();
        Assert.Equal($"restored the timeline of version {original}", restored.GetProperty("note").GetString());
    }

    [Fact]
    public async Task AVersionNotKept_Is404_AndARestoreWithoutOne_Is400NamingIt()
    {
        using var declared = await _client.PostAsync("/api/postmortems", Json(Declaration(DateTimeOffset.UtcNow.AddDays(1))));
        var id = (await declared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        using var future = await _client.GetAsync($"/api/postmortems/{id}/versions/999999");
        using var word = await _client.GetAsync($"/api/postmortems/{id}/versions/latest");
        using var restore = await _client.PostAsync($"/api/postmortems/{id}/restore", Json(new { part = "Timeline" }));

        Assert.Equal(HttpStatusCode.NotFound, future.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, word.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, restore.StatusCode);
        Assert.True((await restore.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("version", out _));
    }

    private static List<string> Events(JsonElement version) =>
        [.. version.GetProperty("postMortem").GetProperty("timeline").EnumerateArray().Select(r => r.GetProperty("event").GetString()!)];
}
