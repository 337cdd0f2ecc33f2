namespace PostMortemFlow.Domain.Model;

/// <summary>One row of ID | Action | Owner | Deadline | Priority.</summary>
[GenerateSerializer, Alias("pmf.ActionItem")]
public sealed record ActionItem
{
    /// <summary>AI-001, AI-002, …</summary>
    [Id(0)] public string Id { get; init; } = "";
    [Id(1)] public string Action { get; init; } = "";
    [Id(2)] public string? Owner { get; init; }
    [Id(3)] public DateOnly? Deadline { get; init; }
    [Id(4)] public ActionPriority? Priority { get; init; }
    [Id(5)] public ActionItemStatus Status { get; init; } = ActionItemStatus.Open;
    [Id(6)] public string? TrackerLink { get; init; }
    /// <summary>The fishbone category of the factor it addresses, used as a ticket label.</summary>
    [Id(7)] public FactorCategory? Category { get; init; }
    /// <summary>The priority as the report wrote it ("P0"); null when written as the model names it.</summary>
    [Id(8)] public string? PriorityAsWritten { get; init; }

    public bool IsOpen => Status is ActionItemStatus.Open or ActionItemStatus.InProgress;
}
