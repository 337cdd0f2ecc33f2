namespace PostMortemFlow.Domain.Checklist;

/// <summary>What only the workflow knows; checks that need a fact that is null stay pending.</summary>
public sealed record WorkflowFacts
{
    public DateTimeOffset? PublishedAt { get; init; }
    public int? ActionItemsTracked { get; init; }
    public DateTimeOffset? FollowUpScheduledFor { get; init; }

    public static WorkflowFacts None { get; } = new();
}
