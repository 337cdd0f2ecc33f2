using Azure.Core;

namespace PostMortemFlow.Publishing.Tests.Fakes;

/// <summary>Hands out a fixed token and remembers the scopes asked for.</summary>
public sealed class FakeTokenCredential : TokenCredential
{
    public const string Token = "fake-graph-token";

    public List<string> Scopes { get; } = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        lock (Scopes)
        {
            Scopes.AddRange(requestContext.Scopes);
        }
        return new AccessToken(Token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
