using Microsoft.Extensions.DependencyInjection;
using PostMortemFlow.Application.PostMortems;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Functions.Http;
using PostMortemFlow.Functions.Tests.Infrastructure;
using PostMortemFlow.Functions.Workflow;

namespace PostMortemFlow.Functions.Tests.Workflow;

/// <summary>The insights functions answer from the rows the orchestrations publish to the document store, as the server does from its catalog.</summary>
public sealed class InsightsFunctionsTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("pmf-functions-insights-").FullName;

    private static PostMortemState State(string id, string factor, bool nearMiss = false) => new()
    {
        Id = id,
        Phase = Phase.AnalysisReview,
        DeclaredAt = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero),
        PostMortem = new PostMortem
        {
            Title = "Incident " + id,
            Incident = new Incident { StartedAt = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero), AffectedServices = ["orders-api"], IsNearMiss = nearMiss },
            Analysis = new Analysis { Factors = [new ContributingFactor { Category = FactorCategory.Capacity, Description = factor }] },
        },
    };

    [Fact]
    public async Task InsightsAndFactorMatches_FromTheDocumentCatalog_AnswerAsTheServer()
    {
        using var services = FunctionsApp.Compose(FunctionsApp.Settings(_data, new Dictionary<string, string?>()));
        var catalog = services.GetRequiredService<DocumentPostMortemCatalog>();
        await catalog.UpsertAsync(PostMortemSummary.From(State("pm-a", "The connection pool of 20 connections was too small for peak traffic.")));
        await catalog.UpsertAsync(PostMortemSummary.From(State("pm-b", "A pool of 20 connections was too small for the peak traffic.", nearMiss: true)));
        var functions = ActivatorUtilities.CreateInstance<InsightsFunctions>(services);
        var call = new FunctionCall(services);

        var insights = await call.InvokeAsync("GET", "/api/insights", functions.GetAsync);
        var matches = await call.InvokeAsync("GET", "/api/insights/factor-matches?category=Capacity&except=pm-b&text=" +
            Uri.EscapeDataString("A pool of 20 connections was too small for the peak traffic."), functions.FactorMatchesAsync);
        var csv = await call.InvokeAsync("GET", "/api/insights?format=csv", functions.GetAsync);
        var bad = await call.InvokeAsync("GET", "/api/insights/factor-matches?text=pool", functions.FactorMatchesAsync);

        Assert.Equal(200, insights.Status);
        Assert.Equal((2, 1), (insights.Json.GetProperty("postMortems").GetInt32(), insights.Json.GetProperty("nearMisses").GetInt32()));
        Assert.Equal(2, Assert.Single(insights.Json.GetProperty("recurringFactors").EnumerateArray()).GetProperty("postMortems").GetInt32());
        Assert.Equal("pm-a", Assert.Single(matches.Json.GetProperty("matches").EnumerateArray()).GetProperty("postMortemId").GetString());
        Assert.StartsWith("table,key,measure,value\r\n", csv.Body, StringComparison.Ordinal);
        Assert.Equal(400, bad.Status);
        Assert.True(bad.Json.GetProperty("errors").TryGetProperty("category", out _));
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
