using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using PostMortemFlow.Application.PostMortems;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Api.Http;

/// <summary>
/// The one map from what went wrong to an RFC 7807 answer, for the API, the webhooks and the pages alike:
/// 400 invalid (naming the field), 403 someone else's to change, 404 unknown, 409 wrong phase or a conflict to settle first, 412 changed since the If-Match version, 413 too large,
/// 415 not JSON, 422 rule errors.
/// </summary>
public static class Problems
{
    /// <summary>A refusal as problem details, with the status <see cref="RejectionStatus"/> gives it (the pages use the same map).</summary>
    public static ProblemHttpResult From(Rejection rejection, string? id = null)
    {
        var status = RejectionStatus.Of(rejection.Kind);
        return rejection.Kind switch
        {
            RejectionKind.WrongPhase => TypedResults.Problem(statusCode: status, title: "Not in this phase", detail: rejection.Message),
            RejectionKind.StaleVersion => TypedResults.Problem(statusCode: status, title: "Changed since you loaded it", detail: rejection.Message),
            RejectionKind.Forbidden => TypedResults.Problem(statusCode: status, title: "Not yours to change", detail: rejection.Message),
            RejectionKind.Conflict => TypedResults.Problem(statusCode: status, title: "Conflict", detail: rejection.Message),
            RejectionKind.Invalid => Invalid(new Dictionary<string, string[]> { [rejection.Field ?? "$"] = [rejection.Message] }, status: status),
            RejectionKind.RuleErrors => TypedResults.Problem(statusCode: status, title: "The method's rules report errors", detail: rejection.Message,
                extensions: new Dictionary<string, object?> { ["findings"] = rejection.Findings }),
            _ => rejection.Field is null && id is not null ? NotFound($"No post-mortem {id}.") : NotFound(rejection.Message),
        };
    }

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    public static ProblemHttpResult Invalid(string field, string reason) => Invalid(new Dictionary<string, string[]> { [field] = [reason] });

    public static ProblemHttpResult Invalid(IDictionary<string, string[]> errors, string title = "The request is not valid", int status = StatusCodes.Status400BadRequest) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors) { Title = title, Status = status });

    public static ProblemHttpResult TooLarge(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large", detail: detail);

    public static ProblemHttpResult NotJson() =>
        TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type", detail: "Send the body as application/json.");

    public static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: detail);
}
