using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Server.Features.Api;

/// <summary>Maps the decider's refusals to RFC 7807 responses: 409 wrong phase, 400 invalid, 422 rule errors, 404 unknown.</summary>
public static class Problems
{
    public static IResult From(Rejection rejection, string? id = null) => rejection.Kind switch
    {
        RejectionKind.WrongPhase => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not in this phase", detail: rejection.Message),
        RejectionKind.Invalid => ApiJson.Invalid(rejection.Field ?? "$", rejection.Message),
        RejectionKind.RuleErrors => TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "The method's rules report errors", detail: rejection.Message,
            extensions: new Dictionary<string, object?> { ["findings"] = rejection.Findings }),
        _ => rejection.Field is null && id is not null ? NotFound(id)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: rejection.Message),
    };

    public static IResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No post-mortem {id}.");
}
