namespace PostMortemFlow.Api.Http;

/// <summary>Names in the OpenAPI document the problem answers a route can give (a typed problem result carries no fixed status).</summary>
public static class ProblemMetadata
{
    /// <summary>Invalid, unknown, wrong phase, changed since the If-Match version, rule errors: what a workflow command can be refused with.</summary>
    public static readonly int[] Command = [StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict,
        StatusCodes.Status412PreconditionFailed, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity];

    public static readonly int[] Read = [StatusCodes.Status404NotFound];

    public static readonly int[] Webhook = [StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status413PayloadTooLarge,
        StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity];

    public static TBuilder WithProblems<TBuilder>(this TBuilder builder, int[] statuses) where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statuses)
        {
            builder.ProducesProblem(status);
        }
        return builder;
    }
}
