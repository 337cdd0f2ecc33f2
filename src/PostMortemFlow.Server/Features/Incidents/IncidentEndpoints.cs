using PostMortemFlow.Server.Features.Api;
using PostMortemFlow.Server.Features.PostMortems;
using PostMortemFlow.Server.Features.PostMortems.Pages;

namespace PostMortemFlow.Server.Features.Incidents;

/// <summary>The incidents the webhooks recorded, and promoting one below the policy to a post-mortem.</summary>
public static class IncidentEndpoints
{
    public static IEndpointRouteBuilder MapIncidentEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/incidents").WithTags("Incidents");
        api.MapGet("/", async (IIncidentCatalog catalog, CancellationToken ct) => TypedResults.Ok(await catalog.ListAsync(ct)));
        api.MapGet("/{key}", async (string key, IGrainFactory grains) =>
        {
            var record = await grains.GetGrain<IIncidentGrain>(key).Get();
            return record.Exists ? Results.Ok(record) : NotFound(key);
        });
        api.MapPost("/{key}/promote", async (string key, HttpContext http, IGrainFactory grains) =>
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
            var result = await grains.GetGrain<IIncidentGrain>(key).Promote(UiIdentity.ActorOf(http.User, by));
            return result is null ? NotFound(key)
                : result.Replayed ? Results.Ok(Body(result))
                : Results.Created($"/api/postmortems/{result.PostMortemId}", Body(result));
        });
        return app;
    }

    public static object Body(IntakeResult result) => new { incidentKey = result.IncidentKey, postmortemId = result.PostMortemId, status = result.Status };

    private static IResult NotFound(string key) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No incident {key}.");
}
