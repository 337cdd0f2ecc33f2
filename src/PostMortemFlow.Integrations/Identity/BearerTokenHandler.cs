using System.Net.Http.Headers;
using Azure.Core;

namespace PostMortemFlow.Integrations.Identity;

/// <summary>
/// Adds <c>Authorization: Bearer</c> with a token for one scope to requests for one host, and to no other host, so a
/// redirect or a link in an answer never carries the token elsewhere. The credential caches and renews tokens.
/// </summary>
public sealed class BearerTokenHandler(TokenCredential credential, string scope, Uri endpoint) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri && string.Equals(uri.Host, endpoint.Host, StringComparison.OrdinalIgnoreCase) && uri.Port == endpoint.Port)
        {
            var token = await credential.GetTokenAsync(new TokenRequestContext([scope]), cancellationToken);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        }
        return await base.SendAsync(request, cancellationToken);
    }
}
