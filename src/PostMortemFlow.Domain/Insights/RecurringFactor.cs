using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Insights;

/// <summary>
/// One weakness found in several post-mortems: the factors that say the same thing, oldest first, and the action items
/// of the factor's category still open in those post-mortems.
/// </summary>
public sealed record RecurringFactor(FactorCategory Category, IReadOnlyList<FactorOccurrence> Occurrences, int OpenActionItems)
{
    /// <summary>The words of its first occurrence.</summary>
    public string Description => Occurrences[0].Description;

    public int PostMortems => Occurrences.Select(o => o.PostMortemId).Distinct(StringComparer.Ordinal).Count();

    public int NearMisses => Occurrences.Where(o => o.IsNearMiss).Select(o => o.PostMortemId).Distinct(StringComparer.Ordinal).Count();
}
