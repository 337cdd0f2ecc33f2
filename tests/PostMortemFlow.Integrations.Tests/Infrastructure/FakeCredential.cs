using Azure.Core;

namespace PostMortemFlow.Integrations.Tests.Infrastructure;

/// <summary>Hands out a fixed token and remembers the scopes it was asked for.</summary>
public sealed class FakeCredential(string token = "fake-token") : TokenCredential
{
    public List<string> Scopes { get; } = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        Scopes.AddRange(requestContext.Scopes);
        return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
