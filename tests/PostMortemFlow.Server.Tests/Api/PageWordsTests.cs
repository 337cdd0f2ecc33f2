using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Server.Tests.Persistence;
using PostMortemFlow.Server.Tests.TestData;
using static PostMortemFlow.Server.Tests.Api.ApiJsonBodies;

namespace PostMortemFlow.Server.Tests.Api;

/// <summary>The review pages show people's words for the model's values, never the code's names.</summary>
public sealed class PageWordsTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task AnalysisPage_FishboneAndPhase_AreInWords()
    {
        var declared = await _client.PostAsync("/api/postmortems", Json(Declaration(DateTimeOffset.UtcNow.AddDays(1))));
        var id = (await declared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var seed = SeedPostMortem.EndingAt(DateTimeOffset.UtcNow.AddDays(1));
        await Eventually.ReachAsync(() => _client.GetFromJsonAsync<JsonElement>($"/api/postmortems/{id}"),
            p => p.GetProperty("phase").GetString() == "TimelineReview", TimeSpan.FromSeconds(20));
        Assert.Equal(HttpStatusCode.OK, (await _client.PutAsync($"/api/postmortems/{id}/timeline", Json(Timeline(seed)))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync($"/api/postmortems/{id}/timeline/approve", null)).StatusCode);
        var analysis = SeedPostMortem.AnalysisOf(seed);
        analysis = analysis with
        {
            Analysis = analysis.Analysis with
            {
                Factors = analysis.Analysis.Factors.Add(new ContributingFactor { Description = "The v2.3.0 release skipped the query-plan review", Category = FactorCategory.ChangeManagement }),
            },
        };
        Assert.Equal(HttpStatusCode.OK, (await _client.PutAsync($"/api/postmortems/{id}/analysis", Json(analysis))).StatusCode);

        var page = await _client.GetStringAsync($"/postmortems/{id}/analysis");

        Assert.Matches(@">Change management \(\d+\)</text>", page);
        Assert.Contains(">Analysis review</span>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">ChangeManagement<", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">AnalysisReview<", page, StringComparison.Ordinal);
    }
}
