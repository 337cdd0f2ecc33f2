using System.Globalization;
using PostMortemFlow.Domain.Text;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Domain.Insights;

/// <summary>
/// The weekly digest names the factors of its post-mortem that other post-mortems found too, with their open items.
/// Restricted post-mortems are never named in another's digest.
/// </summary>
public static class DigestRecurringFactors
{
    public static EmailMessage Add(EmailMessage digest, string postMortemId, IReadOnlyList<PostMortemFacts> postMortems)
    {
        if (digest.Purpose != EmailPurpose.WeeklyDigest)
        {
            return digest;
        }
        var shareable = postMortems.Where(p => !p.IsRestricted || string.Equals(p.Id, postMortemId, StringComparison.Ordinal)).ToList();
        var lines = RecurringFactors.Involving(postMortemId, shareable).Where(g => g.OpenActionItems > 0).Select(g => Line(g, postMortemId)).ToList();
        if (lines.Count == 0)
        {
            return digest;
        }
        return digest with
        {
            RecurringFactors = [.. lines],
            Body = digest.Body + "\nRecurring factors (found in other post-mortems too):\n" + string.Concat(lines.Select(l => $"  {l}\n")),
        };
    }

    private static string Line(RecurringFactor factor, string postMortemId)
    {
        var others = factor.Occurrences.Where(o => !string.Equals(o.PostMortemId, postMortemId, StringComparison.Ordinal))
            .Select(o => $"{o.PostMortemId} \"{o.Title}\"{(o.IsNearMiss ? " (near miss)" : "")}").Distinct(StringComparer.Ordinal);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Words.Of(factor.Category)}: \"{factor.Description}\" — also in {string.Join(", ", others)}; {factor.OpenActionItems} open action item(s)");
    }
}
