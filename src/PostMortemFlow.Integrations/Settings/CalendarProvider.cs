namespace PostMortemFlow.Integrations.Settings;

/// <summary>Setting <c>Calendar:Provider</c>: where the follow-up review is scheduled.</summary>
public enum CalendarProvider
{
    /// <summary>An <c>.ics</c> invite in the local outbox folder.</summary>
    Local = 0,
    /// <summary>An event in the sender mailbox's calendar through Graph.</summary>
    Graph = 1,
}
