using PostMortemFlow.Domain.Drafting;
using PostMortemFlow.Domain.Rules;

namespace PostMortemFlow.Domain.Workflow;

/// <summary>Durations of the workflow's timers (tests and demos compress them to seconds), and who else reads a published report.</summary>
public sealed record WorkflowSettings
{
    public TimeSpan PublishNudge { get; init; } = TimeSpan.FromHours(24);
    public TimeSpan PublishDeadline { get; init; } = TimeSpan.FromHours(48);
    public TimeSpan EscalationRepeat { get; init; } = TimeSpan.FromHours(24);
    public TimeSpan WeeklyReview { get; init; } = TimeSpan.FromDays(7);
    public TimeSpan FollowUp { get; init; } = TimeSpan.FromDays(28);
    /// <summary>A High-priority item whose status has not moved for this long is stalled.</summary>
    public TimeSpan StallAfter { get; init; } = TimeSpan.FromDays(14);
    public TimeSpan RetryInitialDelay { get; init; } = TimeSpan.FromSeconds(2);
    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromMinutes(30);
    /// <summary>Distribution lists per service (<c>Publishing:Audiences:&lt;service&gt;</c>) that receive the published report too.</summary>
    public ImmutableDictionary<string, ImmutableList<string>> Audiences { get; init; } = ImmutableDictionary<string, ImmutableList<string>>.Empty;

    /// <summary>How the method's rules run: the approval gates count only the findings that are errors under these options.</summary>
    public LintOptions Lint { get; init; } = LintOptions.Default;

    /// <summary>How the questions for the people involved are drafted and to whom they go.</summary>
    public DraftingSettings Drafting { get; init; } = DraftingSettings.Default;

    public static WorkflowSettings Default { get; } = new();

    /// <summary>The audiences of the services given, service names compared without case.</summary>
    public IEnumerable<string> AudiencesOf(IEnumerable<string> services) =>
        services.SelectMany(service => Audiences.Where(a => string.Equals(a.Key, service, StringComparison.OrdinalIgnoreCase)).SelectMany(a => a.Value));

    public TimeSpan RetryDelay(int attempts)
    {
        var exponent = Math.Min(Math.Max(attempts - 1, 0), 30);
        var delay = RetryInitialDelay * Math.Pow(2, exponent);
        return delay > RetryMaxDelay ? RetryMaxDelay : delay;
    }
}
