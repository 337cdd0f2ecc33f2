using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Rules;

/// <summary>
/// A complete timeline has its detection (a <see cref="TimelineEntryKind.Detected"/> row: being paged or
/// acknowledging is a response to detection, not detection), its mitigation (Mitigated or Recovered) and its
/// resolution (Resolved). A near miss only needs detection: nothing broke, so nothing was mitigated.
/// </summary>
public sealed class TimelineMissingMomentRule : IPostMortemRule
{
    public string Id => RuleIds.TimelineMissingMoment;

    public IEnumerable<Finding> Check(LintContext context) =>
        MissingMoments(context.PostMortem).Select(moment => new Finding(
            RuleIds.TimelineMissingMoment,
            FindingSeverity.Error,
            $"The timeline has no {moment.Name} row.",
            moment.Suggestion,
            "timeline"));

    internal static IEnumerable<Moment> MissingMoments(PostMortem postMortem)
    {
        var kinds = postMortem.Timeline.Select(e => e.Kind).ToHashSet();
        var required = postMortem.Incident.IsNearMiss ? Moments.Take(1) : Moments;
        return required.Where(m => !m.Kinds.Any(kinds.Contains));
    }

    internal sealed record Moment(string Name, TimelineEntryKind[] Kinds, string Suggestion);

    private static readonly Moment[] Moments =
    [
        new("detection", [TimelineEntryKind.Detected],
            "Add the row where the problem was detected (an alert fired, a customer report arrived), kind Detected."),
        new("mitigation", [TimelineEntryKind.Mitigated, TimelineEntryKind.Recovered],
            "Add the row where the impact stopped or service recovered, kind Mitigated or Recovered."),
        new("resolution", [TimelineEntryKind.Resolved],
            "Add the row where the incident was marked resolved, kind Resolved."),
    ];
}
