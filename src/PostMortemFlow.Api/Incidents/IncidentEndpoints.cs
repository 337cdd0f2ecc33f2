using Microsoft.AspNetCore.Http.HttpResults;
using PostMortemFlow.Api.Http;
using PostMortemFlow.Api.PostMortems;
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

    public static async Task<Ok<IReadOnlyList<IncidentSummary>>> ListAsync(IIncidentCatalog catalog, CancellationToken cancellationToken) =>
        TypedResults.Ok(await catalog.ListAsync(cancellationToken));

    public static async Task<Results<Ok<IncidentRecord>, ProblemHttpResult>> GetAsync(string key, IIncidentIntake intake, CancellationToken cancellationToken)
    {
        var record = await intake.GetAsync(key, cancellationToken);
        return record.Exists ? TypedResults.Ok(record) : NotFound(key);
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
