using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Workflow.Commands;

/// <summary>The statuses of the action items' tickets as the tracker reports them, keyed by action item id.</summary>
[GenerateSerializer, Alias("pmf.TicketStatusesSynced")]
public sealed record TicketStatusesSynced([property: Id(0)] ImmutableDictionary<string, ActionItemStatus> Statuses) : PostMortemCommand;
