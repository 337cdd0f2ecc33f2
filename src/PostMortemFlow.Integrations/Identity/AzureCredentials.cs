using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;
using PostMortemFlow.Integrations.Graph;

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

    public AzureCredentials(IOptions<GraphClientOptions> graph, IOptions<AzureIdentityOptions> azure)
    {
        _graph = new(() => GraphCredential(graph.Value));
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

    /// <summary>A secret, a certificate, a user-assigned managed identity (client id alone), or the default chain.</summary>
    private static TokenCredential GraphCredential(GraphClientOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            return new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret);
        }
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return new ClientCertificateCredential(options.TenantId, options.ClientId, options.CertificatePath);
        }
        if (!options.UseDefaultCredential && !string.IsNullOrWhiteSpace(options.ClientId))
        {
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ClientId));
        }
        return new DefaultAzureCredential();
    }

    private static TokenCredential AzureCredential(AzureIdentityOptions options) =>
        string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
}
