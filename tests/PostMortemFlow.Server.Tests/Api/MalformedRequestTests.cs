using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using static PostMortemFlow.Server.Tests.Api.ApiJsonBodies;

namespace PostMortemFlow.Server.Tests.Api;

/// <summary>
/// Names, query strings, path segments and headers a client can get wrong, on every route: always accepted or a 4xx with
/// problem details, never a 5xx, and a refused request changes nothing.
/// </summary>
public sealed class MalformedRequestTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private static readonly string Long = new('a', 300);
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<string> DeclareAsync()
    {
        using var response = await _client.PostAsync("/api/postmortems", Json(Declaration(DateTimeOffset.UtcNow.AddDays(1))));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59Z", null, "startedAt")]
    [InlineData("0001-01-01T00:00:00Z", "2025-02-09T10:35:00Z", "startedAt")]
    [InlineData("2025-02-09T10:05:00Z", "9999-12-31T23:59:59Z", "endedAt")]
    [InlineData("1969-12-31T23:59:59+14:00", "2025-02-09T10:35:00Z", "startedAt")]
    public async Task Declare_ATimeNoIncidentHas_Is400NamingTheField_AndDeclaresNothing(string startedAt, string? endedAt, string field)
    {
        var listed = (await _client.GetFromJsonAsync<JsonElement>("/api/postmortems")).GetArrayLength();
        var body = new Dictionary<string, object?>
        {
            ["title"] = "Far-off dates", ["severity"] = "Sev2", ["services"] = new[] { "orders-api" }, ["authors"] = new[] { "ana@example.com" },
            ["startedAt"] = startedAt, ["endedAt"] = endedAt,
        };

        using var response = await _client.PostAsync("/api/postmortems", Json(body));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(listed, (await _client.GetFromJsonAsync<JsonElement>("/api/postmortems")).GetArrayLength());
    }

    [Fact]
    public async Task Declare_TwentyThousandServices_Is400NamingServices_AndDeclaresNothing()
    {
        var listed = (await _client.GetFromJsonAsync<JsonElement>("/api/postmortems")).GetArrayLength();
        var body = new Dictionary<string, object?>
        {
            ["title"] = "Everything is down", ["severity"] = "Sev1", ["authors"] = new[] { "ana@example.com" },
            ["services"] = Enumerable.Range(0, 20_000).Select(i => $"s{i}").ToArray(), ["startedAt"] = "2025-02-09T10:05:00Z",
        };

        using var response = await _client.PostAsync("/api/postmortems", Json(body));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("services", out _), problem.ToString());
        Assert.Equal(listed, (await _client.GetFromJsonAsync<JsonElement>("/api/postmortems")).GetArrayLength());
    }

    // Found by HostileRequestPropertyTests: a null where the model has no room for one was a 500.
    [Theory]
    [InlineData("{\"summary\":\"Slow.\",\"analysis\":null,\"by\":\"ana@example.com\"}", "analysis")]
    [InlineData("{\"summary\":\"Slow.\",\"actionItems\":[null],\"by\":\"ana@example.com\"}", "actionItems[0]")]
    public async Task EditAnalysis_NullWhereNoneFits_Is400NamingTheField_AndChangesNothing(string body, string field)
    {
        var id = await DeclareAsync();
        var before = (await SettledPostMortem.WaitAsync(_client, id)).GetProperty("version").GetInt64();

        using var response = await _client.PutAsync($"/api/postmortems/{id}/analysis", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").EnumerateObject().Any(e => e.Name.StartsWith(field, StringComparison.Ordinal)), problem.ToString());
        Assert.Equal(before, (await _client.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}")).GetProperty("version").GetInt64());
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static TheoryData<string, string> BadUploadNames() => new()
    {
        { Long + ".log", "at most 100 characters" },
        { "", "Name the uploaded file" },
        { "..", "Name the uploaded file" },
        { "manifest.json", "reserved" },
        { "CON.txt", "reserved" },
        { "%01app.log", "control characters" },
    };

    [Theory]
    [MemberData(nameof(BadUploadNames))]
    public async Task Upload_BadName_Is400NamingTheFieldAndStoresNothing(string name, string reason)
    {
        var id = await DeclareAsync();

        using var response = await _client.PostAsync($"/api/postmortems/{id}/evidence/uploads?name={name}", new StringContent("line\n"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(reason, problem.GetProperty("errors").GetProperty("name")[0].GetString(), StringComparison.Ordinal);
        var uploads = Path.Combine(factory.DataPath, "artifacts", "postmortems", id, "evidence", "uploads");
        Assert.All(Directory.Exists(uploads) ? Directory.GetFiles(uploads) : [], f => Assert.Equal("manifest.json", Path.GetFileName(f)));
    }

    [Fact]
    public async Task Upload_TwoNames_Is400()
    {
        var id = await DeclareAsync();

        using var response = await _client.PostAsync($"/api/postmortems/{id}/evidence/uploads?name=a.log&name=b.log", new StringContent("line\n"));

        Assert.Contains("one name", (await ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("name")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_NameWithSpacesAndPath_IsStoredUnderItsSafeName()
    {
        var id = await DeclareAsync();

        using var response = await _client.PostAsync($"/api/postmortems/{id}/evidence/uploads?name={Uri.EscapeDataString("../logs/app log.txt")}", new StringContent("line\n"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("app_log.txt", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
    }

    public static TheoryData<string, string> OddPaths() => new()
    {
        { "GET", "/api/postmortems/" + Long },
        { "GET", "/api/postmortems/..%2F..%2Fetc%2Fpasswd" },
        { "GET", "/api/postmortems/%E2%9C%93%20%7F%FF" },
        { "GET", "/api/postmortems/pm-x/report.md" },
        { "GET", "/api/postmortems/pm-x/report.html" },
        { "POST", "/api/postmortems/" + Long + "/evidence/uploads?name=a.log" },
        { "POST", "/api/postmortems/pm-x/approve" },
        { "POST", "/api/postmortems/pm-x/action-items/" + Long + "/status" },
        { "GET", "/api/incidents/" + Long },
        { "GET", "/api/incidents/alertmanager:%2F%2F..%2F%25" },
        { "POST", "/api/incidents/" + Long + "/promote" },
    };

    [Theory]
    [MemberData(nameof(OddPaths))]
    public async Task Route_UnknownOrOddId_Is404ProblemDetails(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (path.EndsWith("/status", StringComparison.Ordinal))
        {
            request.Content = JsonContent.Create(new { status = "Done" });
        }

        using var response = await _client.SendAsync(request);

        await ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ActionItemStatus_UnknownItemOfLongId_IsAProblemNotAFailure()
    {
        var id = await DeclareAsync();

        using var response = await _client.PostAsync($"/api/postmortems/{id}/action-items/{Long}/status", JsonContent.Create(new { status = "Done" }));

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Declare_HugeIdempotencyKey_IsAcceptedAndStillIdempotent()
    {
        var key = new string('k', 8 * 1024);
        HttpRequestMessage Request() => new(HttpMethod.Post, "/api/postmortems")
        {
            Content = Json(Declaration(DateTimeOffset.UtcNow.AddDays(2))),
            Headers = { { "Idempotency-Key", key } },
        };

        using var first = await _client.SendAsync(Request());
        using var again = await _client.SendAsync(Request());

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.Equal((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString(),
            (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("text/plain", 415)]
    [InlineData("application/xml", 415)]
    [InlineData("application/json; charset=utf-16", 400)]
    [InlineData("multipart/form-data; boundary=x", 415)]
    public async Task Declare_OddContentType_IsAProblemAndDeclaresNothing(string contentType, int status)
    {
        var before = (await _client.GetFromJsonAsync<JsonElement>("/api/postmortems")).GetArrayLength();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"title\":\"x\"}"));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await _client.PostAsync("/api/postmortems", content);

        await ProblemAsync(response, (HttpStatusCode)status);
        Assert.Equal(before, (await _client.GetFromJsonAsync<JsonElement>("/api/postmortems")).GetArrayLength());
    }

    [Fact]
    public async Task Timeline_EntryWithAHugeText_IsRefusedAsTooLarge()
    {
        var id = await DeclareAsync();
        var body = JsonContent.Create(new { entries = new[] { new { time = "2025-02-09T10:05:00Z", @event = new string('x', 2 * 1024 * 1024), source = "s", actor = "-", kind = "Event" } } });

        using var response = await _client.PutAsync($"/api/postmortems/{id}/timeline", body);

        await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }
}
