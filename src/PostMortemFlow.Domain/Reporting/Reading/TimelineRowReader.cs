using System.Text.RegularExpressions;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting.Parsing;
using static PostMortemFlow.Domain.Reporting.Parsing.ReportFormat;

namespace PostMortemFlow.Domain.Reporting.Reading;

/// <summary>
/// A timeline in any of the forms people write one: a table whose columns are found by their header (a separate Day
/// or Date column, a zone in the Time header), bullets or lines led by a time, or one heading per time with the
/// event in the paragraphs below it; date lines between rows set the day. Times are converted to UTC with the real
/// offset of their date; with no stated zone, or no date to find the offset on, the clock is kept as written.
/// </summary>
internal sealed partial class TimelineRowReader(ReadingContext context, OutlinedSection section)
{
    private readonly ImmutableList<TimelineEntry>.Builder _rows = ImmutableList.CreateBuilder<TimelineEntry>();
    private DateOnly? _day = context.Date;
    // "Timeline (PST)", "Timeline: (in PT)", "Issue Timeline - UTC".
    private StatedZone? _zone = StatedZone.Declared(section.Heading) ?? StatedZone.In(ZoneNote(section.Heading)) ?? StatedZone.In(section.Heading) ?? context.Zone;
    private bool _afternoonHourSeen;
    private DateTime? _previous;
    private int _rowDepth = -1;
    private bool _inHeadingRow;

    public static ImmutableList<TimelineEntry> Read(ReadingContext context, OutlinedSection section)
    {
        var reader = new TimelineRowReader(context, section);
        foreach (var block in section.Blocks)
        {
            reader.Take(block);
        }
        return reader._rows.ToImmutable();
    }

    private int? Year => context.Date?.Year ?? _day?.Year;

    private void Take(DocumentBlock block)
    {
        switch (block)
        {
            case BlockTable table:
                ReadTable(table);
                break;
            case BlockHeading heading:
                _inHeadingRow = false;
                if (DateLine.TryRead(heading.Text, Year, out var day, context.DayFirst))
                {
                    NewDay(day);
                }
                else if (WrittenClock.AtStart(heading.Text, Year, context.DayFirst) is { } clock)
                {
                    Add(clock, clock.Rest, block.Line, "", "");
                    _inHeadingRow = true;
                }
                else
                {
                    context.NotUsed(block, section.Heading);
                }
                break;
            case BlockListItem item:
                if (WrittenClock.AtStart(item.Text, Year, context.DayFirst) is { } itemClock)
                {
                    Add(itemClock, itemClock.Rest, block.Line, "", "");
                    _rowDepth = item.Depth;
                }
                else if (DateLine.TryRead(item.Text, Year, out var itemDay, context.DayFirst))
                {
                    NewDay(itemDay);
                }
                else if (DateLine.TryReadLeading(item.Text, Year, context.DayFirst, out var rowDay, out var rest))
                {
                    AddDayOnly(rowDay, item.Text[..(item.Text.Length - rest.Length)].Trim(' ', '*', '-', '–', '—', ':'), rest, block.Line, "", "");
                    _rowDepth = item.Depth;
                }
                else if (_rows.Count > 0 && (item.Depth > _rowDepth || _inHeadingRow))
                {
                    // Details of the row above: its sub-bullets.
                }
                else
                {
                    context.NotUsed(block, section.Heading);
                }
                break;
            case BlockParagraph paragraph:
                ReadLines(paragraph);
                break;
            case BlockCode code when IndentedList().IsMatch(code.Text):
                // "    - 2pm Callek pings": a bullet list indented into a code block by mistake is still the timeline.
                foreach (var (text, offset) in code.Text.Split('\n').Select((l, i) => (l, i)).Where(l => l.l.Trim().Length > 0))
                {
                    Take(new BlockListItem(code.Line + offset, 0, ListMarker().Replace(text, "")));
                }
                break;
            case BlockCode code when _rows.Count == 0 && ClockLines(code) >= 2:
                // A timeline kept in a code block so that its columns line up: "2023-06-17 18:05 Block 84 448 is created".
                ReadLines(new BlockParagraph(code.Line, code.Text));
                break;
            case BlockCode when _rows.Count > 0:
                // A log excerpt under a row: evidence of that row, not rows of its own.
                break;
            default:
                context.NotUsed(block, section.Heading);
                break;
        }
    }

    private void ReadLines(BlockParagraph paragraph)
    {
        var used = false;
        var lines = paragraph.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (StatedZone.Declared(line) is { } zone && Plain(line).Length < 80)
            {
                if (zone != context.Zone)
                {
                    context.Note(paragraph.Line + i, $"Times read in {Describe(zone)} (\"{ReadingContext.Short(line)}\").");
                }
                _zone = zone;
                used = true;
                // "**April 15, 2021 (all times in UTC)**": the day of the rows below, and their zone.
                if (DateLine.TryRead(ZoneNoteOut().Replace(line, ""), Year, out var declaredDay, context.DayFirst))
                {
                    NewDay(declaredDay);
                }
            }
            else if (DateLine.TryRead(line, Year, out var day, context.DayFirst))
            {
                NewDay(day);
                used = true;
            }
            else if (WrittenClock.AtStart(line, Year, context.DayFirst) is { } clock)
            {
                Add(clock, clock.Rest, paragraph.Line + i, "", "");
                used = true;
                _rowDepth = 0;
            }
            else if (_inHeadingRow && _rows.Count > 0 && _rows[^1].Event.Length == 0)
            {
                // "### 08:47" with the event in the paragraph below it.
                _rows[^1] = _rows[^1] with { Event = Plain(string.Join(' ', lines[i..])) };
                _rows[^1] = _rows[^1] with { Kind = TimelineKindInference.Infer(_rows[^1].Event) };
                _rows[^1] = _rows[^1] with { KindInferred = _rows[^1].Kind != TimelineEntryKind.Event };
                used = true;
                break;
            }
        }
        if (!used && !_inHeadingRow)
        {
            context.NotUsed(paragraph, section.Heading);
        }
    }

    private void ReadTable(BlockTable table)
    {
        var header = table.Header.Select(Key).ToList();
        var time = header.FindIndex(h => TimeHeader().IsMatch(h));
        var date = header.FindIndex(h => h.StartsWith("date", StringComparison.Ordinal) && DateHeader().IsMatch(h));
        if (date < 0)
        {
            date = header.FindIndex(h => DateHeader().IsMatch(h));
        }
        if (time < 0 && date >= 0)
        {
            time = date;
            date = -1;
        }
        if (time < 0)
        {
            context.NotUsed(table, section.Heading);
            return;
        }
        var evt = header.FindIndex(h => EventHeader().IsMatch(h));
        var origin = header.FindIndex(h => h is "source" or "sources" or "system" or "tool" or "channel");
        var actor = header.FindIndex(h => ActorHeader().IsMatch(h));
        var tableZone = StatedZone.In(table.Header[time]) ?? (date >= 0 ? StatedZone.In(table.Header[date]) : null);
        var headerYear = date >= 0 && YearInHeader().Match(table.Header[date]) is { Success: true } y ? int.Parse(y.Value, Invariant) : (int?)null;
        var zone = _zone;
        if (tableZone is not null)
        {
            _zone = tableZone;
        }
        foreach (var row in table.Rows)
        {
            string Cell(int i) => i >= 0 && i < row.Cells.Length ? row.Cells[i].Trim() : "";
            if (date >= 0 && Cell(date).Length > 0 && WrittenDate.TryFind(Cell(date), headerYear ?? Year, out var rowDay, context.DayFirst))
            {
                NewDay(rowDay);
            }
            var text = evt >= 0 ? Cell(evt)
                : string.Join(" ", row.Cells.Where((_, i) => i != time && i != date && i != origin && i != actor).Where(c => c.Length > 0));
            if (WrittenClock.AtStart(Cell(time), headerYear ?? Year, context.DayFirst) is { } clock)
            {
                Add(clock, text, row.Line, Cell(origin), Cell(actor));
            }
            else if (DateLine.TryRead(Cell(time), headerYear ?? Year, out var onlyDay, context.DayFirst))
            {
                NewDay(onlyDay);
                AddDayOnly(onlyDay, Cell(time), text, row.Line, Cell(origin), Cell(actor));
            }
            else
            {
                context.Note(row.Line, $"timeline row '{ReadingContext.Short(Cell(time))}' has no time that can be read; not used");
            }
        }
        _zone = zone;
    }

    private void NewDay(DateOnly day)
    {
        _day = day;
        _previous = null;
    }

    private void Add(WrittenClock clock, string text, int line, string origin, string actor)
    {
        var day = clock.Date ?? _day;
        if (clock.Date is { } written && !FourDigitYear().IsMatch(clock.Written) && context.Date is { } stated && written > stated.AddMonths(2))
        {
            // "[12-05 10:00]" in a report dated March: the year before.
            day = written.AddYears(-1);
        }
        var local = (day ?? DateOnly.MinValue).ToDateTime(TimeOnly.MinValue) + clock.Clock;
        _afternoonHourSeen |= clock.Clock.Hours >= 13 && !clock.HalfOfDayWritten;
        if (clock.Date is null && _previous is { } earlier && earlier > local && local.AddHours(12) >= earlier && local.AddHours(12).Date == local.Date
            && clock.MayBeAfternoon && !_afternoonHourSeen)
        {
            // "12:16", then "1:52": a twelve-hour clock that wrote no AM/PM has gone past noon, not back to the night before.
            local = local.AddHours(12);
        }
        if (clock.Date is null && _previous is { } previous && previous - local > TimeSpan.FromHours(12))
        {
            local = local.AddDays(1);
        }
        _previous = local;
        if (clock.Date is not null)
        {
            _day = DateOnly.FromDateTime(local);
        }
        var zone = clock.Zone ?? _zone;
        var entry = new TimelineEntry
        {
            Event = Plain(text),
            Source = origin,
            Actor = actor,
            TimeAsWritten = clock.Written,
        };
        if (zone is not null && (day is not null || !zone.Zone.SupportsDaylightSavingTime))
        {
            entry = entry with { Time = zone.ToUtc(local), DateNotStated = day is null };
        }
        else
        {
            entry = entry with { Time = new DateTimeOffset(local, TimeSpan.Zero), ZoneNotStated = true, DateNotStated = day is null };
        }
        Append(entry, line);
    }

    private void AddDayOnly(DateOnly day, string written, string text, int line, string origin, string actor)
    {
        context.Note(line, $"timeline row '{ReadingContext.Short(written)}' gives a day but no time");
        Append(new TimelineEntry
        {
            Time = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            Event = Plain(text),
            Source = origin,
            Actor = actor,
            TimeAsWritten = written,
            ZoneNotStated = true,
            ClockNotStated = true,
        }, line);
    }

    private void Append(TimelineEntry entry, int line)
    {
        var kind = TimelineKindInference.Infer(entry.Event);
        context.MapTimelineRow(line);
        _rows.Add(entry with { Kind = kind, KindInferred = kind != TimelineEntryKind.Event, Actor = entry.Actor.Length > 0 ? entry.Actor : "-" });
    }

    public static string Describe(StatedZone zone) => zone.IsUtc ? "UTC" : $"{zone.Zone.Id} (written \"{zone.Written}\")";

    /// <summary>The text without Markdown emphasis and with links reduced to their words.</summary>
    public static string Plain(string text) =>
        Escape().Replace(Emphasis().Replace(Link().Replace(text, "${text}"), ""), "${c}").Replace('\n', ' ').Trim();

    private int ClockLines(BlockCode code) => code.Text.Split('\n').Count(l => WrittenClock.AtStart(l.Trim(), Year, context.DayFirst) is not null);

    [GeneratedRegex(@"\((?:[^()]*\b(?:times?|UTC|GMT)\b[^()]*)\)")]
    private static partial Regex ZoneNoteOut();

    [GeneratedRegex(@"\A(?:[ \t]*[-*+][ \t]+\S[^\n]*(?:\n|\z)|[ \t]*\n)+\z")]
    private static partial Regex IndentedList();

    [GeneratedRegex(@"^\s*[-*+]\s+")]
    private static partial Regex ListMarker();

    private static string ZoneNote(string heading) => heading.Contains('(', StringComparison.Ordinal) ? heading[heading.IndexOf('(', StringComparison.Ordinal)..] : "";

    [GeneratedRegex(@"^(?:time|times|when|timestamp|timeutc|hour|clock|datetime|dateandtime|datetime\w*|time\w+)$")]
    private static partial Regex TimeHeader();

    [GeneratedRegex(@"^(?:date|day|dates|days|date\d{4}|day\d{4}|date\w*)$")]
    private static partial Regex DateHeader();

    [GeneratedRegex(@"^(?:event|events|what|whathappened|description|details|action|actions|update|notes?|summary|activity|message|happening)")]
    private static partial Regex EventHeader();

    [GeneratedRegex(@"^(?:actor|actors|who|owner|person|people|by|responder|author)$")]
    private static partial Regex ActorHeader();

    [GeneratedRegex(@"\d{4}")]
    private static partial Regex YearInHeader();

    [GeneratedRegex(@"\b\d{4}\b")]
    private static partial Regex FourDigitYear();

    [GeneratedRegex(@"\\(?<c>[\\`*_{}\[\]()#+\-.!|<>])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\](?:\([^)]*\)|\[[^\]]*\])?")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*\*|__|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)")]
    private static partial Regex Emphasis();
}
