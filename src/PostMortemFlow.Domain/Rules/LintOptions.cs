using System.Collections.Immutable;

namespace PostMortemFlow.Domain.Rules;

public sealed record LintOptions
{
    /// <summary>Longest stretch without a timeline entry during the impact before <c>timeline-gap</c> warns.</summary>
    public TimeSpan MaxTimelineGap { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Shortest acceptable five-whys chain.</summary>
    public int MinimumWhys { get; init; } = 5;

    /// <summary>
    /// <c>Lint:Rules:&lt;id&gt;:Severity</c>: a rule's findings at another severity than the rule gives them, so a team can
    /// relax a rule (an error that blocks approval becomes a warning) without forking it. The checklist names each one.
    /// </summary>
    public ImmutableSortedDictionary<string, FindingSeverity> Severities { get; init; } =
        ImmutableSortedDictionary<string, FindingSeverity>.Empty;

    public static LintOptions Default { get; } = new();

    /// <summary>The finding at the severity configured for its rule.</summary>
    public Finding Configured(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return Severities.TryGetValue(finding.Rule, out var severity) ? finding with { Severity = severity } : finding;
    }
}
