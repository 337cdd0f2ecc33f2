namespace PostMortemFlow.Domain.Intake;

/// <summary>Settings <c>Intake:Services:&lt;service&gt;:*</c>: what differs for one service from the global policy.</summary>
public sealed class ServicePolicy
{
    /// <summary>Severity labels that need a post-mortem for this service; null keeps the global list.</summary>
    public string[]? Severities { get; set; }

    public IntakeStart? StartOn { get; set; }

    public string[]? Authors { get; set; }

    public string[]? Reviewers { get; set; }

    public string? Sponsor { get; set; }
}
