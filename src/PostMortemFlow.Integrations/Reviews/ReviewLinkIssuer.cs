using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Reviews;
using PostMortemFlow.Integrations.Effects;

namespace PostMortemFlow.Integrations.Reviews;

/// <summary>The links the publishing executors put in e-mails and tickets, signed with this deployment's key.</summary>
public sealed class ReviewLinkIssuer(ReviewLinks links, IOptions<ReviewLinkOptions> options) : IReviewLinkIssuer
{
    public Uri SignedLinkFor(string postMortemId, string reviewer, ReviewPurpose purpose) => links.UrlFor(postMortemId, reviewer, purpose);

    public Uri PageFor(string postMortemId) =>
        new($"{options.Value.PublicBaseUrl.TrimEnd('/')}{options.Value.PagePath.Replace("{id}", Uri.EscapeDataString(postMortemId), StringComparison.Ordinal)}");
}
