using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace PostMortemFlow.Integrations.Identity;

/// <summary>
/// The two identities of the app, decided once for every caller: <see cref="Graph"/> (the Graph app of <c>Graph:*</c>:
/// mail, SharePoint, calendar, Planner and the Teams channel) and <see cref="Azure"/> (<c>Azure:*</c>: Blob storage and the
/// Azure Monitor collectors). Each is created on first use, so an unused one needs no settings.
/// </summary>
public sealed class AzureCredentials
{
    private readonly Lazy<TokenCredential> _graph;
    private readonly Lazy<TokenCredential> _azure;

    /// <summary>The Graph identity comes from its own settings, read on first use.</summary>
    public AzureCredentials(Func<TokenCredential> graph, IOptions<AzureIdentityOptions> azure)
    {
        _graph = new(graph);
        _azure = new(() => AzureCredential(azure.Value));
    }

    /// <summary>Fixed credentials, e.g. a test's stand-in.</summary>
    public AzureCredentials(TokenCredential graph, TokenCredential azure)
    {
        _graph = new(graph);
        _azure = new(azure);
    }

    public TokenCredential Graph => _graph.Value;

    public TokenCredential Azure => _azure.Value;

    private static TokenCredential AzureCredential(AzureIdentityOptions options) =>
        string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
}
