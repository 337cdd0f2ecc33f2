using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Reporting.Parsing;

/// <summary>Kinds a hand-written timeline without a Kind column gets from its event text; first match wins.</summary>
internal static class TimelineKindInference
{
    public static TimelineEntryKind Infer(string eventText)
    {
        var text = eventText.ToLowerInvariant();
        bool Has(string word) => text.Contains(word, StringComparison.Ordinal);
        return true switch
        {
            _ when Has("acknowledg") => TimelineEntryKind.Acknowledged,
            _ when Has("escalat") => TimelineEntryKind.Escalated,
            _ when Has("paged") => TimelineEntryKind.Paged,
            _ when Has("resolved") => TimelineEntryKind.Resolved,
            _ when Has("back to normal") || Has("recovered") => TimelineEntryKind.Recovered,
            _ when Has("mitigat") || Has("rollback") || Has("rolled back") => TimelineEntryKind.Mitigated,
            _ when Has("cause identified") || Has("root cause found") => TimelineEntryKind.Diagnosed,
            _ when Has("alert") && Has("fire") => TimelineEntryKind.Detected,
            _ when Has("first") && (Has("error") || Has("5xx") || Has("symptom")) => TimelineEntryKind.FirstSymptom,
            _ => TimelineEntryKind.Event,
        };
    }
}
