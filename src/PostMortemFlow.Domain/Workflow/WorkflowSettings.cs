namespace PostMortemFlow.Domain.Workflow;

/// <summary>Durations of the workflow's timers; tests and demos compress them to seconds.</summary>
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

    public static WorkflowSettings Default { get; } = new();

    public TimeSpan RetryDelay(int attempts)
    {
        var exponent = Math.Min(Math.Max(attempts - 1, 0), 30);
        var delay = RetryInitialDelay * Math.Pow(2, exponent);
        return delay > RetryMaxDelay ? RetryMaxDelay : delay;
    }
}
