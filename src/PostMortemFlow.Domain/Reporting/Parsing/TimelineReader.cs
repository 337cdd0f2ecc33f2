using PostMortemFlow.Domain.Model;
using static PostMortemFlow.Domain.Reporting.Parsing.ReportFormat;

namespace PostMortemFlow.Domain.Reporting.Parsing;

/// <summary>
/// The Timeline table: Time | Event | Source | Actor, and optionally Kind and Evidence. Times may be bare clock times
/// on the report's date (see <see cref="WrittenTime"/>). A table without a Kind column gets the key moments inferred
/// from the event text (see <see cref="TimelineKindInference"/>), marked as inferred and listed in a note.
/// </summary>
internal static class TimelineReader
{
    private static readonly string[] Paths = ["", ".time", ".event", ".source", ".actor", ".kind"];

    public static ImmutableList<TimelineEntry> Read(ReportSource source, ReportSection section)
    {
        if (source.Table(section, "timeline") is not { } table)
        {
            return [];
        }
        var time = table.Column(0, "time", "timeutc", "when");
        var evt = table.Column(1, "event", "what");
        var origin = table.Column(2, "source");
        var actor = table.Column(3, "actor", "who");
        var kind = table.Column(-1, "kind", "type");
        var evidence = table.Column(-1, "evidence", "evidenceref");

        var entries = ImmutableList.CreateBuilder<TimelineEntry>();
        var inferredKinds = new List<string>();
        DateTimeOffset? previous = null;
        foreach (var (cells, line) in table.Rows)
        {
            var written = PipeTable.Get(cells, time).Trim();
            if (!WrittenTime.TryParse(written, source.Date, previous, out var at))
            {
                source.Problem(line, $"Timeline time '{written}' cannot be read; write it as yyyy-MM-ddTHH:mmZ.");
                continue;
            }
            var eventText = PipeTable.Get(cells, evt);
            var (entryKind, inferred) = kind >= 0
                ? KindAsWritten(source, PipeTable.Get(cells, kind), line)
                : Inferred(eventText);
            if (inferred && kind < 0)
            {
                inferredKinds.Add($"{written} {Kind(entryKind)}");
            }
            foreach (var path in Paths)
            {
                source.Map.Add($"timeline[{entries.Count}]{path}", line);
            }
            previous = at;
            entries.Add(new TimelineEntry
            {
                Time = at,
                TimeAsWritten = written,
                Event = eventText,
                Source = PipeTable.Get(cells, origin),
                Actor = PipeTable.Get(cells, actor),
                Kind = entryKind,
                KindInferred = inferred,
                EvidenceRef = PipeTable.Get(cells, evidence) is { Length: > 0 } e ? e : null,
            });
        }
        if (inferredKinds.Count > 0)
        {
            source.Note(section.HeadingLine + 1, $"Timeline kinds inferred from the event text: {string.Join(", ", inferredKinds)}; "
                + "a Kind column changes them.");
        }
        return entries.ToImmutable();
    }

    /// <summary>A Kind cell: "detected", or "detected (inferred)" as the renderer marks a kind nobody confirmed yet.</summary>
    private static (TimelineEntryKind Kind, bool Inferred) KindAsWritten(ReportSource source, string cell, int line)
    {
        if (!TryParseKind(cell, out var kind, out var inferred))
        {
            source.Problem(line, $"Timeline kind '{cell}' is unknown.");
        }
        return (kind, inferred && kind != TimelineEntryKind.Event);
    }

    private static (TimelineEntryKind Kind, bool Inferred) Inferred(string eventText)
    {
        var kind = TimelineKindInference.Infer(eventText);
        return (kind, kind != TimelineEntryKind.Event);
    }
}
