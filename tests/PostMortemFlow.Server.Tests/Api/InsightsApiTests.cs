using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PostMortemFlow.Api.Insights;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Integrations.Effects;
using PostMortemFlow.Server.Tests.Persistence;
using PostMortemFlow.Server.Tests.TestData;
using static PostMortemFlow.Server.Tests.Api.ApiJsonBodies;

namespace PostMortemFlow.Server.Tests.Api;

/// <summary><c>/api/insights</c> and <c>/api/insights/factor-matches</c> over the real catalog of a server of their own.</summary>
public sealed class InsightsApiTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private const string DiskAlert = "No alert fired on disk usage of the database hosts.";
    private const string DiskAlertAgain = "The database hosts had no alert on disk usage.";
    private static readonly DateTimeOffset Tomorrow = DateTimeOffset.UtcNow.AddDays(1);
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<string> WithFactorAsync(string title, string factor)
    {
        var declared = await _client.PostAsync("/api/postmortems", Json(Declaration(Tomorrow, title)));
        Assert.Equal(HttpStatusCode.Created, declared.StatusCode);
        var id = (await declared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await Eventually.ReachAsync(() => _client.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}"),
            p => p.GetProperty("phase").GetString() == "TimelineReview", TimeSpan.FromSeconds(20));
        var seed = SeedPostMortem.EndingAt(Tomorrow);
        var draft = SeedPostMortem.AnalysisOf(seed) with
        {
            Analysis = seed.Analysis with { Factors = [new ContributingFactor { Category = FactorCategory.Monitoring, Description = factor }] },
        };
        Assert.Equal(HttpStatusCode.OK, (await _client.PutAsync($"/api/postmortems/{id}/analysis", Json(draft))).StatusCode);
        return id;
    }

    [Fact]
    public async Task FactorMatches_AFactorWrittenBefore_IsFoundInTheOtherPostMortemOnly()
    {
        var first = await WithFactorAsync("Disk full on orders-db", DiskAlert);
        var second = await WithFactorAsync("Disk full again on orders-db", DiskAlertAgain);

        var answer = await Eventually.ReachAsync(
            () => _client.GetFromJsonAsync<JsonElement>($"/api/insights/factor-matches?category=Monitoring&except={second}&text={Uri.EscapeDataString(DiskAlertAgain)}"),
            a => a.GetProperty("matches").GetArrayLength() > 0, TimeSpan.FromSeconds(10));

        var match = Assert.Single(answer.GetProperty("matches").EnumerateArray());
        Assert.Equal(first, match.GetProperty("postMortemId").GetString());
        Assert.Equal("Disk full on orders-db", match.GetProperty("title").GetString());
        Assert.Equal(DiskAlert, match.GetProperty("description").GetString());
        var otherCategory = await _client.GetFromJsonAsync<JsonElement>($"/api/insights/factor-matches?category=Testing&text={Uri.EscapeDataString(DiskAlert)}");
        Assert.Equal(0, otherCategory.GetProperty("matches").GetArrayLength());

        var insights = await _client.GetFromJsonAsync<JsonElement>("/api/insights");
        Assert.True(insights.GetProperty("postMortems").GetInt32() >= 2);
        var recurring = Assert.Single(insights.GetProperty("recurringFactors").EnumerateArray(),
            f => f.GetProperty("occurrences").EnumerateArray().Any(o => o.GetProperty("postMortemId").GetString() == first));
        Assert.Equal("Monitoring", recurring.GetProperty("category").GetString());
        Assert.Equal(2, recurring.GetProperty("postMortems").GetInt32());
        Assert.Contains(insights.GetProperty("byService").EnumerateArray(), s => s.GetProperty("key").GetString() == "orders-api");
        // The list keeps its shape: the facts behind the insights stay in the catalog.
        var list = await _client.GetFromJsonAsync<JsonElement>("/api/postmortems");
        Assert.All(list.EnumerateArray(), row => Assert.Equal(JsonValueKind.Null, row.GetProperty("facts").ValueKind));
    }

    [Fact]
    public async Task WeeklyDigestFacts_AreTheServersListOfPostMortems()
    {
        var id = await WithFactorAsync("Disk full on billing-db", DiskAlert);

        var source = factory.Services.GetRequiredService<IPostMortemFactsSource>();

        Assert.IsType<CatalogFactsSource>(source);
        var facts = await Eventually.ReachAsync(() => source.ListAsync(), f => f.Any(p => p.Id == id && p.Factors.Count == 1), TimeSpan.FromSeconds(10));
        Assert.Equal(DiskAlert, Assert.Single(facts, p => p.Id == id).Factors[0].Description);
    }

    [Fact]
    public async Task AnalysisPage_AFactorFoundBefore_RendersTheHintWithAnEncodedLink()
    {
        var first = await WithFactorAsync("Replica lag <script>alert(1)</script>", "Replication lag of the read replicas was not alerted on.");
        var second = await WithFactorAsync("Replica lag again", "No alerting existed for replication lag on the read replicas.");

        var page = await Eventually.ReachAsync(() => _client.GetStringAsync($"/postmortems/{second}/analysis"),
            html => html.Contains("This factor was also found in", StringComparison.Ordinal), TimeSpan.FromSeconds(10));

        Assert.Contains($"href=\"/postmortems/{first}/report\"", page, StringComparison.Ordinal);
        Assert.Contains("Replica lag &lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
        var insights = await _client.GetStringAsync("/insights");
        Assert.Contains("Recurring factors", insights, StringComparison.Ordinal);
        Assert.Contains("Replica lag &lt;script&gt;", insights, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", insights, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Insights_AsCsv_IsAnAttachmentInLongForm()
    {
        var response = await _client.GetAsync("/api/insights?format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString() ?? "", StringComparison.Ordinal);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n");
        Assert.Equal("table,key,measure,value", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("total,all,post_mortems,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/insights?format=xml", "format")]
    [InlineData("/api/insights/factor-matches?category=Monitoring", "text")]
    [InlineData("/api/insights/factor-matches?category=Monitoring&text=%20%20", "text")]
    [InlineData("/api/insights/factor-matches?text=disk", "category")]
    [InlineData("/api/insights/factor-matches?text=disk&category=Blame", "category")]
    [InlineData("/api/insights/factor-matches?text=disk&category=3", "category")]
    public async Task Insights_BadQuery_Returns400NamingTheField(string url, string field)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task FactorMatches_TextTooLong_Returns400()
    {
        var response = await _client.GetAsync($"/api/insights/factor-matches?category=Other&text={new string('a', 2001)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
