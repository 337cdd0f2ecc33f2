using PostMortemFlow.Domain.Model;
using static PostMortemFlow.Domain.Reporting.ReportFormat;

namespace PostMortemFlow.Domain.Reporting.Parsing;

/// <summary>
/// The Timeline table. Kinds come from its Kind column; a hand-written table without one gets the key moments
/// inferred from the event text (see <see cref="TimelineKindInference"/>).
/// </summary>
internal static class TimelineReader
{
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
            var entryKind = TimelineEntryKind.Event;
            if (kind >= 0 && !TryParseKind(PipeTable.Get(cells, kind), out entryKind))
            {
                source.Problem(line, $"Timeline kind '{PipeTable.Get(cells, kind)}' is unknown.");
            }
            else if (kind < 0)
            {
                entryKind = TimelineKindInference.Infer(eventText);
            }
            var index = entries.Count;
            foreach (var path in new[] { "", ".time", ".event", ".source", ".actor", ".kind" })
            {
                source.Map.Add($"timeline[{index}]{path}", line);
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
                EvidenceRef = PipeTable.Get(cells, evidence) is { Length: > 0 } e ? e : null,
            });
        }
        return entries.ToImmutable();
    }
}
