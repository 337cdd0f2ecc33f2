namespace PostMortemFlow.Domain.Workflow;

public enum EffectKind
{
    CollectEvidence = 0,
    SendEmail = 1,
    PublishReport = 2,
    CreateTicket = 3,
    ScheduleFollowUp = 4,
    /// <summary>Reads the tracked tickets' statuses back (weekly review); the outcome is a <c>TicketStatusesSynced</c>.</summary>
    SyncTickets = 5,
}
