namespace PostMortemFlow.Domain.Model;

/// <summary>One row of the timeline: Time | Event | Source | Actor.</summary>
[GenerateSerializer, Alias("pmf.TimelineEntry")]
public sealed record TimelineEntry
{
    [Id(0)] public DateTimeOffset Time { get; init; }
    [Id(1)] public string Event { get; init; } = "";
    [Id(2)] public string Source { get; init; } = "";
    /// <summary>"System" or "-" for machine events, a person's handle for human actions.</summary>
    [Id(3)] public string Actor { get; init; } = "System";
    [Id(4)] public TimelineEntryKind Kind { get; init; } = TimelineEntryKind.Event;
    [Id(5)] public string? EvidenceRef { get; init; }
    /// <summary>The time as a person wrote it (null for machine-made rows); the timezone rule reads it.</summary>
    [Id(6)] public string? TimeAsWritten { get; init; }
    /// <summary>The kind was inferred from the event text, not written by a person; a reviewer may change it.</summary>
    [Id(7)] public bool KindInferred { get; init; }
    /// <summary>The document states no zone for this row: <see cref="Time"/> is the clock as written, not UTC.</summary>
    [Id(8)] public bool ZoneNotStated { get; init; }
    /// <summary>The document states no date for this row: only the time of day of <see cref="Time"/> means anything.</summary>
    [Id(9)] public bool DateNotStated { get; init; }
    /// <summary>The document gives a day but no time for this row: <see cref="Time"/> is midnight of that day.</summary>
    [Id(10)] public bool ClockNotStated { get; init; }
}
