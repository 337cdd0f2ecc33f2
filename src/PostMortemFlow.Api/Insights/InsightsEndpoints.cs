using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PostMortemFlow.Api.Http;
using PostMortemFlow.Application.People;
using PostMortemFlow.Application.PostMortems;
using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Insights;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Text;

namespace PostMortemFlow.Api.Insights;

/// <summary>
/// The learning views across post-mortems, the same in both hosts, computed from the list of post-mortems:
/// <c>GET /api/insights</c> (JSON, or <c>?format=csv</c>) and <c>GET /api/insights/factor-matches</c>, the factors of other
/// post-mortems that say what a factor being written says.
/// </summary>
public static class InsightsEndpoints
{
    public const string Prefix = "/api/insights";

    /// <summary>The longest factor text a match query takes; a factor is a sentence or two.</summary>
    public const int MaxFactorLength = 2000;

    public static IEndpointRouteBuilder MapInsightsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).WithTags("Insights");
        api.MapGet("/", GetAsync).Produces<InsightsReport>().Produces<string>(StatusCodes.Status200OK, "text/csv")
            .WithProblems([StatusCodes.Status400BadRequest]);
        api.MapGet("/factor-matches", FactorMatchesAsync).WithProblems([StatusCodes.Status400BadRequest]);
        return app;
    }

    public static async Task<Results<Ok<InsightsReport>, ContentHttpResult, ProblemHttpResult>> GetAsync(HttpContext http, IPostMortemCatalog catalog,
        TimeProvider clock)
    {
        var format = http.Request.Query["format"].ToString();
        if (format is not ("" or "json" or "csv"))
        {
            return Problems.Invalid("format", "The format is json (the default) or csv.");
        }
        var report = InsightsCalculator.Compute(await catalog.FactsAsync(Viewers.Of(http.User), http.RequestAborted), clock.GetUtcNow());
        if (format == "csv")
        {
            http.Response.Headers.ContentDisposition = "attachment; filename=\"insights.csv\"";
            return TypedResults.Text(InsightsCsv.Render(report), "text/csv; charset=utf-8");
        }
        return TypedResults.Ok(report);
    }

    public static async Task<Results<Ok<FactorMatches>, ProblemHttpResult>> FactorMatchesAsync(HttpContext http, IPostMortemCatalog catalog)
    {
        var query = http.Request.Query;
        var errors = new Dictionary<string, string[]>();
        var text = query["text"].ToString();
        if (string.IsNullOrWhiteSpace(text))
        {
            errors["text"] = ["The factor's text is required."];
        }
        else if (text.Length > MaxFactorLength)
        {
            errors["text"] = [$"The factor's text may be at most {MaxFactorLength} characters."];
        }
        if (!EnumNames.TryParse<FactorCategory>(query["category"].ToString(), out var category))
        {
            errors["category"] = [$"The category is {EnumNames.OneOf<FactorCategory>()}."];
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var except = query["except"].ToString() is { Length: > 0 } id ? id : null;
        var matches = RecurringFactors.MatchesFor(category, text, except, await catalog.FactsAsync(Viewers.Of(http.User), http.RequestAborted));
        return TypedResults.Ok(new FactorMatches([.. matches.Select(m => new FactorMatchView(m.Occurrence.PostMortemId, m.Occurrence.Title,
            m.Occurrence.IsNearMiss, m.Occurrence.StartedAt, m.Occurrence.Category, m.Occurrence.Description, Math.Round(m.Similarity, 3)))]));
    }
}
