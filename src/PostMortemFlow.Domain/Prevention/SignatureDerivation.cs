using System.Text.RegularExpressions;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Prevention;

/// <summary>
/// Derives a post-mortem's signature from its timeline and the symptom detections its collectors recorded: a detection
/// counts while the first-symptom row it drafted is still in the timeline (a reviewer who deleted the row took it out),
/// and every "Alert X firing/fired" detection row names an alert.
/// </summary>
public static partial class SignatureDerivation
{
    public static Signature Derive(IReadOnlyList<TimelineEntry> timeline, IReadOnlyList<SignatureQuery> detections)
    {
        var symptomRefs = timeline.Where(e => e.Kind == TimelineEntryKind.FirstSymptom && e.EvidenceRef is not null)
            .Select(e => e.EvidenceRef!).ToHashSet(StringComparer.Ordinal);
        var queries = detections.Where(d => d.EvidenceRef is not null && symptomRefs.Contains(d.EvidenceRef))
            .DistinctBy(d => (d.Source, d.Name))
            .OrderBy(d => d.FirstAbove).ThenBy(d => d.Name, StringComparer.Ordinal)
            .ToImmutableList();
        var alerts = timeline.Where(e => e.Kind == TimelineEntryKind.Detected)
            .Select(e => (Entry: e, Match: AlertRow().Match(e.Event)))
            .Where(x => x.Match.Success)
            .OrderBy(x => x.Entry.Time)
            .Select(x => new SignatureAlert { Name = x.Match.Groups["name"].Value, Source = x.Entry.Source, FiredAt = x.Entry.Time })
            .DistinctBy(a => a.Name, StringComparer.Ordinal)
            .ToImmutableList();
        return new Signature { Queries = queries, Alerts = alerts };
    }

    [GeneratedRegex(@"^Alert (?<name>[A-Za-z_:][A-Za-z0-9_:\-.]*) (?:firing|fired)\b")]
    private static partial Regex AlertRow();
}
