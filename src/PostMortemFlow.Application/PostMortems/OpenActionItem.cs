using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Application.PostMortems;

/// <summary>What the list keeps of an open action item: enough to count open and overdue items by priority.</summary>
public sealed record OpenActionItem(ActionPriority? Priority, DateOnly? Deadline);
