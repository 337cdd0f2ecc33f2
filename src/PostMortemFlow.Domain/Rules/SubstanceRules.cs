using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Rules;

/// <summary>
/// The findings that are about what a post-mortem says rather than how the template spells it: these hold for every
/// document, whoever wrote it and in whatever layout; only they make <c>pmf lint</c> fail.
/// </summary>
public static class SubstanceRules
{
    /// <summary>The id parse problems are reported under: content that cannot be read cannot be checked.</summary>
    public const string Parse = "parse";

    public static bool Covers(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Rule switch
        {
            RuleIds.TimelineOrder or RuleIds.SingleFactor or RuleIds.BlamelessLanguage or RuleIds.HindsightLanguage or Parse => true,
            // An owner and a deadline are substance; the AI-### id and the priority are the template's.
            RuleIds.IncompleteActionItem => finding.Field is { } field
                && (field.EndsWith(".owner", StringComparison.Ordinal) || field.EndsWith(".deadline", StringComparison.Ordinal)),
            _ => false,
        };
    }

    /// <summary>
    /// The findings a profile reports: all of them for the standard profile; otherwise the substance ones, leaving out
    /// a missing owner or deadline on work the document reports as done or dropped, which no longer needs either.
    /// </summary>
    public static IReadOnlyList<Finding> For(LintProfile profile, IEnumerable<Finding> findings, PostMortem postMortem)
    {
        ArgumentNullException.ThrowIfNull(postMortem);
        if (profile == LintProfile.Standard)
        {
            return [.. findings];
        }
        var closed = postMortem.ActionItems
            .Select((item, index) => (item, index))
            .Where(x => !x.item.IsOpen)
            .Select(x => IncompleteActionItemRule.PathOf(x.item, x.index) + ".")
            .ToList();
        return [.. findings.Where(f => Covers(f) && !(f.Rule == RuleIds.IncompleteActionItem && closed.Any(p => f.Field!.StartsWith(p, StringComparison.Ordinal))))];
    }
}
