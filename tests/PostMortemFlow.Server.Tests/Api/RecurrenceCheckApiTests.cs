using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PostMortemFlow.Server.Tests.Persistence;
using PostMortemFlow.Server.Tests.TestData;
using static PostMortemFlow.Server.Tests.Api.ApiJsonBodies;

namespace PostMortemFlow.Server.Tests.Api;

/// <summary><c>POST /api/postmortems/{id}/recurrence-check</c> on the real server, whose Prometheus is not configured: an honest "could not check".</summary>
public sealed class RecurrenceCheckApiTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private static readonly DateTimeOffset Tomorrow = DateTimeOffset.UtcNow.AddDays(1);
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> GetAsync(string id) => await _client.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}");

    [Fact]
    public async Task RecurrenceCheck_BeforePublishing_Is409_AfterIt_202AndTheResultLandsInTheState()
    {
        var declared = await _client.PostAsync("/api/postmortems", Json(Declaration(Tomorrow, "Recurrence check")));
        var id = (await declared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var seed = SeedPostMortem.EndingAt(Tomorrow);
        seed = seed with { Timeline = [.. seed.Timeline.Select(e => e.Event == "HighErrorRate alert fires" ? e with { Event = "Alert HighErrorRate fired for orders-api" } : e)] };
        await Eventually.ReachAsync(() => GetAsync(id), p => p.GetProperty("phase").GetString() == "TimelineReview", TimeSpan.FromSeconds(20));
        var early = await _client.PostAsync($"/api/postmortems/{id}/recurrence-check", null);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("application/problem+json", early.Content.Headers.ContentType?.MediaType);

        Assert.Equal(HttpStatusCode.OK, (await _client.PutAsync($"/api/postmortems/{id}/timeline", Json(Timeline(seed)))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync($"/api/postmortems/{id}/timeline/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.PutAsync($"/api/postmortems/{id}/analysis", Json(SeedPostMortem.AnalysisOf(seed)))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync($"/api/postmortems/{id}/analysis/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync($"/api/postmortems/{id}/approve", null)).StatusCode);
        var tracking = await Eventually.ReachAsync(() => GetAsync(id), p => p.GetProperty("phase").GetString() == "Tracking", TimeSpan.FromSeconds(20));
        var alert = Assert.Single(tracking.GetProperty("signature").GetProperty("alerts").EnumerateArray());
        Assert.Equal("HighErrorRate", alert.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, tracking.GetProperty("recurrence").ValueKind);

        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync($"/api/postmortems/{id}/action-items/AI-001/status", Json(new { status = "Done" }))).StatusCode);

        var accepted = await _client.PostAsync($"/api/postmortems/{id}/recurrence-check", Json(new { by = "ana@example.com" }));

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal($"/api/postmortems/{id}", accepted.Headers.Location?.OriginalString);
        var checkedState = await Eventually.ReachAsync(() => GetAsync(id), p => p.GetProperty("recurrence").ValueKind == JsonValueKind.Object, TimeSpan.FromSeconds(20));
        var recurrence = checkedState.GetProperty("recurrence");
        Assert.Equal("on demand", recurrence.GetProperty("trigger").GetString());
        Assert.False(recurrence.GetProperty("complete").GetBoolean());
        var fired = Assert.Single(recurrence.GetProperty("alerts").EnumerateArray());
        Assert.Equal("no Prometheus is configured (Evidence:Prometheus:BaseUrl is not set)", fired.GetProperty("couldNotCheck").GetString());
        Assert.Matches("^No recurrence in \\d+ minutes? since publication in what could be checked; could not check HighErrorRate \\(no Prometheus is configured",
            checkedState.GetProperty("recurrenceSummary").GetString());

        var verdict = Assert.Single(recurrence.GetProperty("verdicts").EnumerateArray());
        Assert.Equal(("AI-001", "Unverified"), (verdict.GetProperty("itemId").GetString(), verdict.GetProperty("verdict").GetString()));

        var page = await _client.GetStringAsync($"/postmortems/{id}/follow-through");
        Assert.Contains("Prevention check", page, StringComparison.Ordinal);
        Assert.Contains("could not check HighErrorRate", page, StringComparison.Ordinal);
        Assert.Contains("<strong>Not verified</strong>: could not check: could not check HighErrorRate", page, StringComparison.Ordinal);
        Assert.Contains("Check for a recurrence now", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecurrenceCheck_UnknownPostMortem_Is404()
    {
        var response = await _client.PostAsync("/api/postmortems/pm-nope/recurrence-check", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
