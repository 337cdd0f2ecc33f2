using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

/// <summary>One editable timeline row; the source, evidence link and the time as written travel along unchanged.</summary>
public sealed class TimelineRowForm
{
    public string? Time { get; set; }
    public string? Event { get; set; }
    public string? Source { get; set; }
    public string? Actor { get; set; }
    public TimelineEntryKind Kind { get; set; }
    public string? EvidenceRef { get; set; }
    public string? TimeAsWritten { get; set; }
    public string? OriginalTime { get; set; }

    public static TimelineRowForm From(TimelineEntry entry) => new()
    {
        Time = UtcText.Input(entry.Time), Event = entry.Event, Source = entry.Source, Actor = entry.Actor, Kind = entry.Kind,
        EvidenceRef = entry.EvidenceRef, TimeAsWritten = entry.TimeAsWritten, OriginalTime = UtcText.Input(entry.Time),
    };

    public TimelineEntry? ToEntry(out string? timeProblem)
    {
        timeProblem = null;
        if (!UtcText.TryParse(Time, out var time))
        {
            timeProblem = "Write the time as YYYY-MM-DD HH:MM:SS (UTC).";
            return null;
        }
        return new TimelineEntry
        {
            Time = time,
            Event = Event?.Trim() ?? "",
            Source = string.IsNullOrWhiteSpace(Source) ? "manual" : Source.Trim(),
            Actor = string.IsNullOrWhiteSpace(Actor) ? "System" : Actor.Trim(),
            Kind = Kind,
            EvidenceRef = string.IsNullOrWhiteSpace(EvidenceRef) ? null : EvidenceRef,
            // A re-timed row no longer carries the time as someone first wrote it.
            TimeAsWritten = Time?.Trim() == OriginalTime ? TimeAsWritten : null,
        };
    }
}
