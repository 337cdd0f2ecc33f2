using PostMortemFlow.Domain.Reviews;
using PostMortemFlow.Integrations.Effects;

namespace PostMortemFlow.Publishing.Tests.Fakes;

/// <summary>Signs real review links with a fixed key, so tests can check what a recipient received.</summary>
public sealed class TestLinks : IReviewLinkIssuer
{
    public static readonly DateTimeOffset Now = new(2025, 2, 10, 9, 0, 0, TimeSpan.Zero);

    public ReviewLinkSigner Signer { get; } = new(new byte[32]);

    public Uri SignedLinkFor(string postMortemId, string reviewer, ReviewPurpose purpose) =>
        new($"https://pmf.example/review/{Signer.Sign(new ReviewLink(postMortemId, reviewer, purpose, Now.AddDays(7)))}");

    public Uri PageFor(string postMortemId) => new($"https://pmf.example/postmortems/{postMortemId}");
}
