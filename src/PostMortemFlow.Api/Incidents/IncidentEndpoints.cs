using Microsoft.AspNetCore.Http.HttpResults;
using PostMortemFlow.Api.Http;
using PostMortemFlow.Api.PostMortems;
using PostMortemFlow.Application.Incidents;
using PostMortemFlow.Application.People;
using PostMortemFlow.Application.PostMortems;
using PostMortemFlow.Domain.Intake;

namespace PostMortemFlow.Api.Incidents;

/// <summary>The incidents the webhooks recorded, and promoting one below the policy to a post-mortem.</summary>
public static class IncidentEndpoints
{
    public const string Prefix = "/api/incidents";

    public static IEndpointRouteBuilder MapIncidentApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).WithTags("Incidents");
        api.MapGet("/", ListAsync);
        api.MapGet("/{key}", GetAsync).WithProblems(ProblemMetadata.Read);
        api.MapPost("/{key}/promote", PromoteAsync).WithProblems(ProblemMetadata.Command);
        return app;
    }

    /// <remarks>An incident whose post-mortem is restricted to people the caller is not one of is left out, as the post-mortem is.</remarks>
    public static async Task<Ok<IReadOnlyList<IncidentSummary>>> ListAsync(HttpContext http, IIncidentCatalog catalog, IPostMortemCatalog postMortems)
    {
        var hidden = await HiddenAsync(http, postMortems);
        return TypedResults.Ok<IReadOnlyList<IncidentSummary>>([.. (await catalog.ListAsync(http.RequestAborted))
            .Where(i => i.PostMortemId is null || !hidden.Contains(i.PostMortemId))]);
    }

    public static async Task<Results<Ok<IncidentRecord>, ProblemHttpResult>> GetAsync(string key, HttpContext http, IIncidentIntake intake, IPostMortemCatalog postMortems)
    {
        var record = await intake.GetAsync(key, http.RequestAborted);
        return record.Exists && (record.PostMortemId is null || !(await HiddenAsync(http, postMortems)).Contains(record.PostMortemId))
            ? TypedResults.Ok(record)
            : NotFound(key);
    }

    /// <summary>The post-mortems the caller may not see.</summary>
    private static async Task<HashSet<string>> HiddenAsync(HttpContext http, IPostMortemCatalog postMortems)
    {
        var viewer = Viewers.Of(http.User);
        return [.. (await postMortems.ListAsync(http.RequestAborted)).Where(r => !r.IsVisibleTo(viewer)).Select(r => r.Id)];
    }

    public static async Task<Results<Created<IntakeAnswer>, Ok<IntakeAnswer>, ProblemHttpResult>> PromoteAsync(string key, HttpContext http, IIncidentIntake intake)
    {
        string? by = null;
        if (http.Request.ContentLength is > 0 || http.Request.HasJsonContentType())
        {
            var (actor, problem) = await ApiJson.ReadAsync<ActorRequest>(http);
            if (actor is null)
            {
                return problem!;
            }
            by = actor.By;
        }
        var result = await intake.PromoteAsync(key, Actors.ActorOf(http.User, by), http.RequestAborted);
        return result is null ? NotFound(key)
            : result.Replayed ? TypedResults.Ok(IntakeAnswer.From(result))
            : TypedResults.Created($"{PostMortemEndpoints.Prefix}/{result.PostMortemId}", IntakeAnswer.From(result));
    }

    private static ProblemHttpResult NotFound(string key) => Problems.NotFound($"No incident {key}.");
}
