using Microsoft.Extensions.Options;

namespace PostMortemFlow.Integrations.Graph;

/// <summary>Checks <see cref="PlannerTicketClientOptions"/> on start; names settings, never their values.</summary>
public sealed class PlannerTicketClientOptionsValidator : IValidateOptions<PlannerTicketClientOptions>
{
    public ValidateOptionsResult Validate(string? name, PlannerTicketClientOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DefaultPlan) && options.Plans.Count == 0)
        {
            failures.Add("Planner:DefaultPlan or at least one Planner:Plans:<service> is required when Tickets:Provider is Planner.");
        }
        if (options.DefaultPlan is { Length: > 0 } defaultPlan && PlannerTicketClient.PlanAndBucket(defaultPlan) is null)
        {
            failures.Add("Planner:DefaultPlan must be planId/bucketId.");
        }
        foreach (var (service, plan) in options.Plans)
        {
            if (PlannerTicketClient.PlanAndBucket(plan) is null)
            {
                failures.Add($"Planner:Plans:{service} must be planId/bucketId.");
            }
        }
        foreach (var (owner, userId) in options.Assignees)
        {
            if (!Guid.TryParse(userId, out _))
            {
                failures.Add($"Planner:Assignees:{owner} must be an Entra ID user object id (a GUID).");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
