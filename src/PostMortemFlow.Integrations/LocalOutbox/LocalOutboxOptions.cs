namespace PostMortemFlow.Integrations.LocalOutbox;

/// <summary>Where the embedded mode delivers what would otherwise go to Graph and the ticket tracker.</summary>
public sealed class LocalOutboxOptions
{
    /// <summary>The data folder (setting <c>Storage:DataPath</c>); e-mails land in <c>outbox/</c>, reports in <c>published/</c>.</summary>
    public string DataPath { get; set; } = "./data";

    public string Sender { get; set; } = "postmortemflow@localhost";

    public string OutboxPath => Path.Combine(DataPath, "outbox");

    public string PublishedPath => Path.Combine(DataPath, "published");

    public string TicketsPath => Path.Combine(DataPath, "tickets");
}
