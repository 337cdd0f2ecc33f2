using Azure.Core;
using Microsoft.Kiota.Abstractions.Authentication;

namespace PostMortemFlow.Integrations.Teams;

/// <summary>Feeds Graph requests a bearer token from a <see cref="TokenCredential"/> for one scope, whatever the host.</summary>
internal sealed class CredentialTokenProvider(TokenCredential credential, string scope) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new();

    public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        (await credential.GetTokenAsync(new TokenRequestContext([scope]), cancellationToken)).Token;
}
