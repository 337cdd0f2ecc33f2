using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Application.PostMortems;

/// <summary>
/// The HTTP status a refused command answers with, for the API, the webhooks and the pages alike: 400 invalid, 403
/// someone else's to change, 404 unknown, 409 wrong phase or a conflict to settle first, 412 changed since the
/// version the caller saw, 422 rule errors.
/// </summary>
public static class RejectionStatus
{
    public static int Of(RejectionKind kind) => kind switch
    {
        RejectionKind.WrongPhase => 409,
        RejectionKind.Invalid => 400,
        RejectionKind.RuleErrors => 422,
        RejectionKind.StaleVersion => 412,
        RejectionKind.Forbidden => 403,
        RejectionKind.Conflict => 409,
        _ => 404,
    };
}
