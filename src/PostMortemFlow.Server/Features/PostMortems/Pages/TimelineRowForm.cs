using System.Globalization;
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
    /// <summary>The stored time to the tick, kept while the time shown is not changed (the form shows whole seconds).</summary>
    public string? ExactTime { get; set; }
    /// <summary>The kind the workflow inferred, if it did; the row stays "inferred" while a person leaves it so.</summary>
    public TimelineEntryKind? InferredKind { get; set; }
    /// <summary>"zone", "date" and "clock" the document did not state, kept while the time is not changed.</summary>
    public string? NotStated { get; set; }

    public static TimelineRowForm From(TimelineEntry entry) => new()
    {
        Time = UtcText.Input(entry.Time), Event = entry.Event, Source = entry.Source, Actor = entry.Actor, Kind = entry.Kind,
        EvidenceRef = entry.EvidenceRef, TimeAsWritten = entry.TimeAsWritten, OriginalTime = UtcText.Input(entry.Time),
        ExactTime = entry.Time.ToString("O", CultureInfo.InvariantCulture), InferredKind = entry.KindInferred ? entry.Kind : null,
        NotStated = string.Join(' ', new[] { (entry.ZoneNotStated, "zone"), (entry.DateNotStated, "date"), (entry.ClockNotStated, "clock") }.Where(f => f.Item1).Select(f => f.Item2)),
    };

    public TimelineEntry? ToEntry(out string? timeProblem)
    {
        timeProblem = null;
        if (!UtcText.TryParse(Time, out var time))
        {
            timeProblem = "Write the time as YYYY-MM-DD HH:MM:SS (UTC).";
            return null;
        }
        // An unchanged row comes back exactly as stored, so saving the page changes (and records) only what a person changed.
        var retimed = Time?.Trim() != OriginalTime;
        if (!retimed && DateTimeOffset.TryParse(ExactTime, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var exact))
        {
            time = exact;
        }
        var notStated = retimed ? [] : (NotStated ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new TimelineEntry
        {
            Time = time,
            Event = Event?.Trim() ?? "",
            Source = string.IsNullOrWhiteSpace(Source) ? "manual" : Source.Trim(),
            Actor = string.IsNullOrWhiteSpace(Actor) ? "System" : Actor.Trim(),
            Kind = Kind,
            EvidenceRef = string.IsNullOrWhiteSpace(EvidenceRef) ? null : EvidenceRef,
            // A re-timed row no longer carries the time as someone first wrote it.
            TimeAsWritten = retimed ? null : TimeAsWritten,
            KindInferred = InferredKind == Kind,
            ZoneNotStated = notStated.Contains("zone"),
            DateNotStated = notStated.Contains("date"),
            ClockNotStated = notStated.Contains("clock"),
        };
    }
}
