using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static PostMortemFlow.Server.Tests.Api.ApiJsonBodies;

namespace PostMortemFlow.Server.Tests.Api;

/// <summary>Two people editing the same timeline: with <c>If-Match</c> the second, stale save is refused with 412 and loses nothing.</summary>
public sealed class OptimisticConcurrencyTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static object Row(string text) => new { entries = new[] { new { time = "2025-02-09T10:05:00Z", @event = text, source = "prometheus", actor = "System", kind = "Detected" } }, by = "rui@example.com" };

    [Fact]
    public async Task StaleIfMatch_Is412WithTheCurrentVersion_AndChangesNothing_AMatchingOneIsApplied()
    {
        var id = await SettledPostMortem.DeclareAsync(_client);
        using var first = await _client.GetAsync($"/api/postmortems/{id}");
        var seen = first.Headers.ETag!.Tag;
        using var ana = await PutAsync(id, Row("ana's row"), seen);
        Assert.Equal(HttpStatusCode.OK, ana.StatusCode);
        var afterAna = ana.Headers.ETag!.Tag;
        Assert.NotEqual(seen, afterAna);

        using var rui = await PutAsync(id, Row("rui's row"), seen);

        Assert.Equal(HttpStatusCode.PreconditionFailed, rui.StatusCode);
        Assert.Equal("application/problem+json", rui.Content.Headers.ContentType?.MediaType);
        var problem = await rui.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(long.Parse(afterAna.Trim('"'), System.Globalization.CultureInfo.InvariantCulture), problem.GetProperty("currentVersion").GetInt64());
        Assert.Equal("ana's row", problem.GetProperty("current").GetProperty("postMortem").GetProperty("timeline")[0].GetProperty("event").GetString());
        Assert.Equal(afterAna, rui.Headers.ETag!.Tag);
        var since = Assert.Single(problem.GetProperty("changes").EnumerateArray());
        Assert.Equal(("EditTimeline", "rui@example.com"), (since.GetProperty("command").GetString(), since.GetProperty("by").GetString()));
        Assert.Contains(since.GetProperty("edits").EnumerateArray(), e => e.GetProperty("after").ToString().Contains("ana's row", StringComparison.Ordinal));
        var view = await _client.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}");
        Assert.Equal("ana's row", view.GetProperty("postMortem").GetProperty("timeline")[0].GetProperty("event").GetString());

        using var retried = await PutAsync(id, Row("rui's row"), afterAna);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
    }

    [Fact]
    public async Task WithoutIfMatch_LastWriteWins_AndABadIfMatchIs400()
    {
        var id = await SettledPostMortem.DeclareAsync(_client);

        using var script = await PutAsync(id, Row("from a script"), null);
        using var bad = await PutAsync(id, Row("x"), "\"twelve\"");

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("If-Match", out _));
    }

    private async Task<HttpResponseMessage> PutAsync(string id, object body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/postmortems/{id}/timeline") { Content = Json(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return await _client.SendAsync(request);
    }
}
