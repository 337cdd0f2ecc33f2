using Azure.Core;
using Azure.Identity;

namespace PostMortemFlow.Integrations.Graph;

/// <summary>The Graph app's identity, as <c>Graph:*</c> describes it.</summary>
public static class GraphCredential
{
    /// <summary>A secret, a certificate, a user-assigned managed identity (client id alone), or the default chain.</summary>
    public static TokenCredential From(GraphClientOptions options)
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
}
