namespace PostMortemFlow.Integrations.Graph;

/// <summary>Settings <c>Planner:*</c>: which plan and bucket action items become tasks in, and who they are assigned to.</summary>
public sealed class PlannerTicketClientOptions
{
    public const string Section = "Planner";

    /// <summary><c>planId/bucketId</c> per affected service (<c>Planner:Plans:&lt;service&gt;</c>).</summary>
    public Dictionary<string, string> Plans { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary><c>planId/bucketId</c> for post-mortems whose services have no plan of their own.</summary>
    public string? DefaultPlan { get; set; }

    /// <summary>
    /// Entra ID user object id per action item owner as written in the post-mortem (<c>Planner:Assignees:&lt;owner&gt;</c>,
    /// e.g. an e-mail address or a handle; a leading <c>@</c> may be left out). Unmapped owners stay unassigned.
    /// </summary>
    public Dictionary<string, string> Assignees { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
