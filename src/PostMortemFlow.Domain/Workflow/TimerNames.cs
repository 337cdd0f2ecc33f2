namespace PostMortemFlow.Domain.Workflow;

/// <summary>Durable timer names; the grain registers one reminder per name.</summary>
public static class TimerNames
{
    public const string PublishNudge = "publish-nudge";
    public const string PublishDeadline = "publish-deadline";
    public const string WeeklyReview = "weekly-review";
    public const string FollowUp = "follow-up";

    /// <summary>A source's window still reached into the future when it was collected: collect it again once it has passed.</summary>
    public const string EvidenceTailPrefix = "evidence-tail:";

    public static string EvidenceTail(string source) => EvidenceTailPrefix + source;
}
