using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Server.Tests.Persistence;
using PostMortemFlow.Server.Tests.TestData;
using static PostMortemFlow.Server.Tests.Api.ApiJsonBodies;

namespace PostMortemFlow.Server.Tests.Api;

/// <summary><c>/api/library</c> and the <c>/library</c> page over the embedded index the post-mortem grains feed, on a server of their own.</summary>
public sealed class LibraryApiTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private static readonly DateTimeOffset Tomorrow = DateTimeOffset.UtcNow.AddDays(1);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>Declares a post-mortem and writes its analysis with the given factor and lesson.</summary>
    private async Task<string> DeclareAsync(string title, string factor, string lesson, string severity = "Sev1", bool nearMiss = false, string service = "orders-api")
    {
        var declaration = new
        {
            title,
            severity,
            services = new[] { service },
            startedAt = Tomorrow.AddMinutes(-30).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            endedAt = Tomorrow.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            nearMiss,
            authors = new[] { "ana@example.com" },
            reviewers = new[] { "rui@example.com" },
            sponsor = "vp@example.com",
        };
        var declared = await _client.PostAsync("/api/postmortems", Json(declaration));
        Assert.Equal(HttpStatusCode.Created, declared.StatusCode);
        var id = (await declared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await Eventually.ReachAsync(() => _client.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}"),
            p => p.GetProperty("phase").GetString() == "TimelineReview", Patience);
        var seed = SeedPostMortem.EndingAt(Tomorrow);
        var draft = SeedPostMortem.AnalysisOf(seed) with
        {
            Analysis = seed.Analysis with { Factors = [new ContributingFactor { Category = FactorCategory.Dependency, Description = factor }] },
            LessonsLearned = [lesson],
        };
        Assert.Equal(HttpStatusCode.OK, (await _client.PutAsync($"/api/postmortems/{id}/analysis", Json(draft))).StatusCode);
        return id;
    }

    private Task<JsonElement> SearchAsync(string query, Func<JsonElement, bool> until) =>
        Eventually.ReachAsync(() => _client.GetFromJsonAsync<JsonElement>($"/api/library?{query}"), until, Patience);

    private static IEnumerable<string> Ids(JsonElement result) => result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!);

    [Fact]
    public async Task Search_WordsOfItsAnalysis_FindsTheDeclaredPostMortem_WithTheMatchMarked()
    {
        var id = await DeclareAsync("Checkout stalled <script>alert(1)</script>", "The geocoding vendor throttled every request without warning.",
            "Vendors throttle; budgets for their quotas belong in the runbook.");

        var result = await SearchAsync("q=geocoding+throttled", r => Ids(r).Contains(id));

        var hit = Assert.Single(result.GetProperty("hits").EnumerateArray(), h => h.GetProperty("id").GetString() == id);
        Assert.Contains("<mark>geocoding</mark>", hit.GetProperty("snippetHtml").GetString(), StringComparison.Ordinal);
        Assert.Equal("Checkout stalled &lt;script&gt;alert(1)&lt;/script&gt;", hit.GetProperty("titleHtml").GetString());
        Assert.Equal("Checkout stalled <script>alert(1)</script>", hit.GetProperty("title").GetString());
        Assert.False(hit.GetProperty("isPublished").GetBoolean());
        Assert.Equal("TimelineReview", hit.GetProperty("phase").GetString());
        Assert.Equal(["Dependency"], hit.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        var lesson = await SearchAsync("q=%22quotas+belong%22", r => Ids(r).Contains(id));
        Assert.Equal([id], Ids(lesson));
    }

    [Fact]
    public async Task Search_Filters_KeepOnlyWhatTheyName()
    {
        var nearMiss = await DeclareAsync("Tile cache nearly evicted", "The tile cache eviction policy ignored the hot set.", "Hot sets need pinning.",
            severity: "Sev4", nearMiss: true, service: "maps-tiles");
        var incident = await DeclareAsync("Tile cache evicted", "The tile cache eviction policy dropped the hot set.", "Hot sets need pinning.",
            severity: "Sev2", service: "maps-tiles");

        var both = await SearchAsync("q=eviction&service=MAPS-TILES", r => Ids(r).Count() == 2);
        Assert.Equal(new[] { incident, nearMiss }.Order(), Ids(both).Order());
        Assert.Equal([nearMiss], Ids(await SearchAsync("q=eviction&nearMiss=true", _ => true)));
        Assert.Equal([incident], Ids(await SearchAsync("q=eviction&severity=Sev2", _ => true)));
        Assert.Equal(2, Ids(await SearchAsync("q=eviction&category=Dependency", _ => true)).Count());
        Assert.Empty(Ids(await SearchAsync("q=eviction&category=Testing", _ => true)));
        var day = Tomorrow.AddMinutes(-30).UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(2, Ids(await SearchAsync($"q=eviction&from={day}&to={day}", _ => true)).Count());
        Assert.Empty(Ids(await SearchAsync($"q=eviction&to=2020-01-01", _ => true)));
        // Without words: the filters alone, newest first.
        var listed = await SearchAsync("service=maps-tiles&limit=1", _ => true);
        Assert.Single(Ids(listed));
        Assert.Equal(2, listed.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Search_CancelledPostMortem_LeavesTheLibrary()
    {
        var id = await DeclareAsync("Duplicate of the queue incident", "The xylophone queue was duplicated.", "Duplicates happen.");
        await SearchAsync("q=xylophone", r => Ids(r).Contains(id));

        var cancel = await _client.PostAsync($"/api/postmortems/{id}/cancel", Json(new { reason = "Duplicate", by = "ana@example.com" }));
        Assert.True(cancel.IsSuccessStatusCode, await cancel.Content.ReadAsStringAsync());

        await SearchAsync("q=xylophone", r => !Ids(r).Contains(id));
    }

    [Theory]
    [InlineData("severity=Sev9", "severity")]
    [InlineData("severity=1", "severity")]
    [InlineData("category=Blame", "category")]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2025-02-09T10:00:00", "to")]
    [InlineData("from=2025-02-09&to=2025-02-01", "to")]
    [InlineData("nearMiss=maybe", "nearMiss")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1000", "limit")]
    public async Task Search_BadQuery_Returns400NamingTheField(string query, string field)
    {
        var response = await _client.GetAsync($"/api/library?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Theory]
    [InlineData("%22")]
    [InlineData("AND(")]
    [InlineData("NEAR(a+b)")]
    [InlineData("*")]
    [InlineData("title%3Apool")]
    public async Task Search_StraySyntax_Answers200(string q)
    {
        var response = await _client.GetAsync($"/api/library?q={q}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task LibraryPage_FindsTheWords_MarksThem_AndLinksThePostMortem()
    {
        var id = await DeclareAsync("Zeppelin feed <img src=x onerror=alert(1)> stalled", "The zeppelin feed parser rejected every timestamp with a leap second.",
            "Leap seconds are real.");
        await SearchAsync("q=zeppelin", r => Ids(r).Contains(id));

        var page = await _client.GetStringAsync("/library?q=zeppelin+parser");

        Assert.Contains($"href=\"/postmortems/{id}\"", page, StringComparison.Ordinal);
        Assert.Contains("<mark>Zeppelin</mark> feed &lt;img src=x onerror=alert(1)&gt; stalled", page, StringComparison.Ordinal);
        Assert.Contains("<mark>parser</mark>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
        Assert.Contains("Draft · Timeline review", page, StringComparison.Ordinal);
        Assert.Contains("1 match, best first", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/library\">Library</a>", await _client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LibraryPage_BadFilter_Answers400_NamingTheFieldBesideIt()
    {
        var response = await _client.GetAsync("/library?q=pool&severity=Sev9");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"library-problems\"", page, StringComparison.Ordinal);
        Assert.Contains("The severity is one of Sev0, Sev1, Sev2, Sev3, Sev4.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"pool\"", page, StringComparison.Ordinal);
    }
}
