using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Insights;

/// <summary>
/// What the insights keep of an action item: opened when its post-mortem was published (it becomes a ticket then),
/// closed when its status last moved to done or won't do; the category of the factor it addresses.
/// </summary>
public sealed record ActionItemFact(string Id, ActionItemStatus Status, DateTimeOffset? OpenedAt, DateTimeOffset? ClosedAt, FactorCategory? Category = null)
{
    public bool IsOpen => Status is ActionItemStatus.Open or ActionItemStatus.InProgress;
}
