namespace PostMortemFlow.Integrations.Settings;

/// <summary>
/// Which system receives each kind of effect: <c>Email:Provider</c>, <c>Reports:Provider</c>, <c>Calendar:Provider</c>
/// and <c>Tickets:Provider</c>, bound from the configuration's root. Local is the embedded mode's outbox folder.
/// </summary>
public sealed class PublishingProviders
{
    public ProviderChoice<EmailProvider> Email { get; set; } = new();
    public ProviderChoice<ReportsProvider> Reports { get; set; } = new();
    public ProviderChoice<CalendarProvider> Calendar { get; set; } = new();
    public ProviderChoice<TicketsProvider> Tickets { get; set; } = new();

    /// <summary>E-mail or the follow-up invite go through Graph, which needs <c>Graph:SenderMailbox</c>.</summary>
    public bool SendsFromMailbox => Email.Provider == EmailProvider.Graph || Calendar.Provider == CalendarProvider.Graph;

    public bool UsesGraph => SendsFromMailbox || Reports.Provider == ReportsProvider.SharePoint || Tickets.Provider == TicketsProvider.Planner;
}
