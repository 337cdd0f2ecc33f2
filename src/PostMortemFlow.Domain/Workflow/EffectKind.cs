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
    /// <summary>Re-runs the signature over the interval since publication; the outcome is a <c>RecurrenceChecked</c>.</summary>
    CheckRecurrence = 6,
    /// <summary>Writes an action item's prevention verdict on its ticket as a comment, where the tracker has comments.</summary>
    CommentTicket = 7,
    /// <summary>Asks the configured model for grounded suggestions; the outcome is a <c>SuggestionsDrafted</c>.</summary>
    DraftSuggestions = 8,
    /// <summary>Looks a timeline actor up in the people directory (its <c>Text</c>); the outcome is a <c>PersonLookedUp</c>.</summary>
    LookUpPerson = 9,
}
