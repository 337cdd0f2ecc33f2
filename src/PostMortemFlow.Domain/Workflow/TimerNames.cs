namespace PostMortemFlow.Domain.Workflow;

/// <summary>Durable timer names; the grain registers one reminder per name.</summary>
public static class TimerNames
{
    public const string PublishNudge = "publish-nudge";
    public const string PublishDeadline = "publish-deadline";
    public const string WeeklyReview = "weekly-review";
    public const string FollowUp = "follow-up";
}
