using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PostMortemFlow.Server.Tests.Persistence;
using PostMortemFlow.Server.Tests.TestData;
using static PostMortemFlow.Server.Tests.Api.ApiJsonBodies;

namespace PostMortemFlow.Server.Tests.Api;

public sealed class PostMortemApiTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private static readonly DateTimeOffset Tomorrow = DateTimeOffset.UtcNow.AddDays(1);
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<string> DeclareAsync(string title = "API degradation")
    {
        var response = await _client.PostAsync("/api/postmortems", Json(Declaration(Tomorrow, title)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> GetAsync(string id) =>
        await _client.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}");

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Declare_Valid_Returns201WithLocationAndPhase()
    {
        var response = await _client.PostAsync("/api/postmortems", Json(Declaration(Tomorrow)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetString()!;
        Assert.Equal($"/api/postmortems/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Collecting", body.GetProperty("phase").GetString());
        var list = await _client.GetFromJsonAsync<JsonElement>("/api/postmortems");
        Assert.Contains(list.EnumerateArray(), p => p.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task Declare_RetriedWithIdempotencyKey_AnswersTheSamePostMortem()
    {
        HttpRequestMessage Request() => new(HttpMethod.Post, "/api/postmortems")
        {
            Content = Json(Declaration(Tomorrow, "Retried declaration")),
            Headers = { { "Idempotency-Key", "declare-7f3a" } },
        };

        var first = await _client.SendAsync(Request());
        var second = await _client.SendAsync(Request());

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal(id, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        var list = await _client.GetFromJsonAsync<JsonElement>("/api/postmortems");
        Assert.Single(list.EnumerateArray(), p => p.GetProperty("title").GetString() == "Retried declaration");
    }

    [Fact]
    public async Task Declare_MissingFields_Returns400NamingEachAndStoresNothing()
    {
        var before = (await _client.GetFromJsonAsync<JsonElement>("/api/postmortems")).GetArrayLength();

        var problem = await ProblemAsync(await _client.PostAsync("/api/postmortems", Json(new { title = "", services = Array.Empty<string>() })), HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "title", "severity", "startedAt", "services", "authors" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}");
        }
        Assert.Equal(before, (await _client.GetFromJsonAsync<JsonElement>("/api/postmortems")).GetArrayLength());
    }

    [Theory]
    [InlineData("""{"title":"x","severity":"Sev1","startedAt":"2025-02-09T10:05:00"}""", "startedAt")]
    [InlineData("""{"title":"x","severity":"Sev9"}""", "severity")]
    [InlineData("""{"title":"x","services":"api"}""", "services")]
    [InlineData("""{"title":"x",""", "$")]
    public async Task Declare_MalformedJson_Returns400NamingWhereItBroke(string json, string field)
    {
        var response = await _client.PostAsync("/api/postmortems", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Declare_NotJson_Returns415()
    {
        var response = await _client.PostAsync("/api/postmortems", new StringContent("title=x", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Declare_OversizedBody_Returns413()
    {
        var huge = new string('x', 2 * 1024 * 1024);

        var response = await _client.PostAsync("/api/postmortems", Json(new { title = huge }));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Get_UnknownId_Returns404Problem()
    {
        await ProblemAsync(await _client.GetAsync("/api/postmortems/pm-nope"), HttpStatusCode.NotFound);
        await ProblemAsync(await _client.PostAsync("/api/postmortems/pm-nope/timeline/approve", null), HttpStatusCode.NotFound);
        await ProblemAsync(await _client.GetAsync("/api/postmortems/pm-nope/report.md"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Approve_WrongPhase_Returns409AndChangesNothing()
    {
        var id = await DeclareAsync();
        var version = (await SettledPostMortem.WaitAsync(_client, id)).GetProperty("version").GetInt64();

        await ProblemAsync(await _client.PostAsync($"/api/postmortems/{id}/approve", null), HttpStatusCode.Conflict);

        Assert.Equal(version, (await GetAsync(id)).GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Analysis_WrongEnumValue_Returns400NamingTheField()
    {
        var id = await DeclareAsync();
        var json = """{"actionItems":[{"id":"AI-001","action":"Add an index","priority":"Urgent"}]}""";

        var response = await _client.PutAsync($"/api/postmortems/{id}/analysis", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("actionItems[0].priority", out _), problem.ToString());
    }

    [Fact]
    public async Task Walkthrough_LintBlocksUntilFixed_ThenPublishesToTheLocalOutbox()
    {
        var id = await DeclareAsync("Orders API degradation <script>alert(1)</script>");
        var seed = SeedPostMortem.EndingAt(Tomorrow);
        await Eventually.ReachAsync(() => GetAsync(id), p => p.GetProperty("phase").GetString() == "TimelineReview", TimeSpan.FromSeconds(20));

        Assert.Equal(HttpStatusCode.OK, (await _client.PutAsync($"/api/postmortems/{id}/timeline", Json(Timeline(seed)))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync($"/api/postmortems/{id}/timeline/approve", null)).StatusCode);

        var vague = SeedPostMortem.AnalysisOf(seed) with { ActionItems = [seed.ActionItems[0] with { Action = "Improve monitoring" }, .. seed.ActionItems.Skip(1)] };
        Assert.Equal(HttpStatusCode.OK, (await _client.PutAsync($"/api/postmortems/{id}/analysis", Json(vague))).StatusCode);
        var blocked = await ProblemAsync(await _client.PostAsync($"/api/postmortems/{id}/analysis/approve", null), (HttpStatusCode)422);
        Assert.Contains(blocked.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "vague-action-item");
        Assert.Equal("AnalysisReview", (await GetAsync(id)).GetProperty("phase").GetString());

        Assert.Equal(HttpStatusCode.OK, (await _client.PutAsync($"/api/postmortems/{id}/analysis", Json(SeedPostMortem.AnalysisOf(seed)))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync($"/api/postmortems/{id}/analysis/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync($"/api/postmortems/{id}/comments",
            Json(new { anchor = "actionItems[AI-001]", text = "Is a month enough for this?", by = "mei@example.com" }))).StatusCode);
        var open = await ProblemAsync(await _client.PostAsync($"/api/postmortems/{id}/approve", Json(new { by = "rui@example.com" })), HttpStatusCode.Conflict);
        Assert.Contains("C1 on action item AI-001 by mei@example.com", open.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Approval", (await GetAsync(id)).GetProperty("phase").GetString());
        Assert.Contains("Open comments (1)", await _client.GetStringAsync($"/api/postmortems/{id}/report.md"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync($"/api/postmortems/{id}/approve", Json(new { by = "rui@example.com", resolveOpenComments = true }))).StatusCode);

        var tracking = await Eventually.ReachAsync(() => GetAsync(id),
            p => p.GetProperty("phase").GetString() == "Tracking" && p.GetProperty("outbox").GetArrayLength() == 0, TimeSpan.FromSeconds(20));
        Assert.All(tracking.GetProperty("postMortem").GetProperty("actionItems").EnumerateArray(),
            i => Assert.StartsWith("tickets/", i.GetProperty("trackerLink").GetString(), StringComparison.Ordinal));
        var checklist = tracking.GetProperty("checklist").EnumerateArray().ToDictionary(c => c.GetProperty("number").GetInt32(), c => c.GetProperty("status").GetString());
        Assert.All(Enumerable.Range(1, 7), n => Assert.Equal("Pass", checklist[n]));
        Assert.Contains(tracking.GetProperty("timers").EnumerateArray(), t => t.GetProperty("name").GetString() == "weekly-review");

        var published = Path.Combine(factory.DataPath, "published", id);
        Assert.True(File.Exists(Path.Combine(published, "report.md")));
        var emails = Directory.GetFiles(Path.Combine(factory.DataPath, "outbox", id), "*.eml").Select(Path.GetFileName).ToList();
        Assert.Contains(emails, e => e!.Contains("email_published", StringComparison.Ordinal));
        Assert.Contains(emails, e => e!.Contains("email_review_3", StringComparison.Ordinal));
        var invite = File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(factory.DataPath, "outbox", id), "*.ics")));
        Assert.Contains("mailto:ana@example.com", invite, StringComparison.Ordinal);
        Assert.Contains("mailto:vp@example.com", invite, StringComparison.Ordinal);
        Assert.DoesNotContain("mailto:@", invite, StringComparison.Ordinal);

        var markdown = await _client.GetStringAsync($"/api/postmortems/{id}/report.md");
        Assert.StartsWith("# Post-Mortem: Orders API degradation", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Open comments", markdown, StringComparison.Ordinal);
        var html = await _client.GetStringAsync($"/api/postmortems/{id}/report.html");
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);

        await ProblemAsync(await _client.PostAsync($"/api/postmortems/{id}/action-items/AI-999/status", Json(new { status = "Done" })), HttpStatusCode.NotFound);
        var done = await _client.PostAsync($"/api/postmortems/{id}/action-items/AI-001/status", Json(new { status = "Done" }));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var item = (await done.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("postMortem").GetProperty("actionItems")[0];
        Assert.Equal("Done", item.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Upload_NdjsonEvents_LandOnTheDraftTimeline()
    {
        var id = await DeclareAsync();
        await Eventually.ReachAsync(() => GetAsync(id), p => p.GetProperty("phase").GetString() == "TimelineReview", TimeSpan.FromSeconds(20));
        var ndjson = """
            {"time":"2025-02-09T10:05:00Z","event":"First 5xx errors on the orders API","source":"api-logs","kind":"FirstSymptom"}
            {"time": "2025-02-09T10:06:00Z", "event": truncated
            {"time":"2025-02-09T10:08:00Z","event":"HighErrorRate alert fires","source":"alertmanager","kind":"Detected"}
            """;

        var response = await _client.PostAsync($"/api/postmortems/{id}/evidence/uploads?name=../events.ndjson", new StringContent(ndjson, Encoding.UTF8, "application/x-ndjson"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var state = await Eventually.ReachAsync(() => GetAsync(id), p => p.GetProperty("postMortem").GetProperty("timeline").GetArrayLength() == 2, TimeSpan.FromSeconds(20));
        Assert.Equal("Detected", state.GetProperty("postMortem").GetProperty("timeline")[1].GetProperty("kind").GetString());
        var gap = Assert.Single(state.GetProperty("postMortem").GetProperty("dataGaps").EnumerateArray());
        Assert.Contains("1 line(s)", gap.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(factory.DataPath, "artifacts", "postmortems", id, "evidence", "uploads", "events.ndjson")));
    }

    [Fact]
    public async Task Cancel_ThenEdit_Returns409()
    {
        var id = await DeclareAsync();

        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync($"/api/postmortems/{id}/cancel", Json(new { reason = "duplicate" }))).StatusCode);

        await ProblemAsync(await _client.PutAsync($"/api/postmortems/{id}/timeline", Json(new { entries = Array.Empty<object>() })), HttpStatusCode.Conflict);
        Assert.Equal("Cancelled", (await GetAsync(id)).GetProperty("phase").GetString());
    }
}
