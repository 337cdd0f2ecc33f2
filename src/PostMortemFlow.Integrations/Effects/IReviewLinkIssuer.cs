using PostMortemFlow.Domain.Reviews;

namespace PostMortemFlow.Integrations.Effects;

/// <summary>Issues the links e-mails and tickets carry; the host implements it with its signing key and public URL.</summary>
public interface IReviewLinkIssuer
{
    /// <summary>A personal signed link that lets <paramref name="reviewer"/> do <paramref name="purpose"/> until it expires.</summary>
    Uri SignedLinkFor(string postMortemId, string reviewer, ReviewPurpose purpose);

    /// <summary>The post-mortem's page (no rights attached).</summary>
    Uri PageFor(string postMortemId);
}
