using Microsoft.Extensions.Options;
using Microsoft.Graph;
using PostMortemFlow.Integrations.Identity;

namespace PostMortemFlow.Integrations.Graph;

/// <summary>
/// The publishing side's Graph client (<c>Graph:*</c>), built by <see cref="GraphClients"/> with the Graph app's
/// credential. Thread-safe; shared by the mail, SharePoint, calendar and Planner clients.
/// </summary>
public sealed class GraphConnection(IOptions<GraphClientOptions> options, AzureCredentials credentials) : IDisposable
{
    private readonly GraphClients _clients = new(options.Value.BaseUrl, credentials.Graph, options.Value.MaxRetries);

    public GraphClientOptions Options { get; } = options.Value;

    public GraphServiceClient Client => _clients.Client;

    /// <summary>The mailbox e-mails come from and events are organised by.</summary>
    public string Sender => Options.SenderMailbox ?? throw new InvalidOperationException("Graph:SenderMailbox is not set.");

    public void Dispose() => _clients.Dispose();
}
