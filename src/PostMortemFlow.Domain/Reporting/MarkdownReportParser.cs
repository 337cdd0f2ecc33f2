using System.Globalization;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;
using static PostMortemFlow.Domain.Reporting.ReportFormat;

namespace PostMortemFlow.Domain.Reporting;

/// <summary>
/// Reads a post-mortem written in the report template (see <see cref="MarkdownReportRenderer"/>) back into the model.
/// Tolerant: headings are matched case-insensitively, unknown sections are ignored, missing ones stay empty, and
/// unreadable content becomes a <see cref="ParseProblem"/> rather than an exception.
/// </summary>
/// <remarks>
/// Timeline kinds come from the table's Kind column. A hand-written table without that column gets a few kinds
/// inferred from the event text (first error, alert fired, paged, acknowledged, escalated, cause identified,
/// mitigation/rollback, back to normal, resolved); every other row stays <see cref="TimelineEntryKind.Event"/>.
/// </remarks>
public static partial class MarkdownReportParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static PostMortemDocument Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return new Reader(markdown.Replace("\r\n", "\n", StringComparison.Ordinal)).Read();
    }

    /// <summary>Kinds a hand-written timeline without a Kind column gets from its event text; first match wins.</summary>
    internal static TimelineEntryKind InferKind(string eventText)
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

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^post[\s-]?mortem\s*[:\-–—]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex TitlePrefix();

    [GeneratedRegex(@"\s*\((\d{4}-\d{1,2}-\d{1,2})\)\s*$")]
    private static partial Regex TitleDate();

    [GeneratedRegex(@"^factor\s*\d*\s*(?:[:.\-–—]\s*|$)", RegexOptions.IgnoreCase)]
    private static partial Regex FactorPrefix();

    [GeneratedRegex(@"(\d{1,2}):(\d{2})")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"^(?:(\d+)\s*h)?\s*(?:(\d+)\s*min)?", RegexOptions.IgnoreCase)]
    private static partial Regex HoursMinutes();

    [GeneratedRegex(@"^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(.*)$")]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"^(?:sev\s*-?\s*)?([0-4])$", RegexOptions.IgnoreCase)]
    private static partial Regex SeverityText();

    [GeneratedRegex(@"^(?<sym>[$€£])?\s*(?<n>\d[\d,]*(?:\.\d+)?)\s*(?<cur>[A-Za-z]{3})?$")]
    private static partial Regex MoneyText();

    [GeneratedRegex(@"^(?<id>.*?)\s*\((?<source>[A-Za-z]+)\)$")]
    private static partial Regex IncidentText();

    private sealed class Section(string key, int headingLine)
    {
        public string Key { get; } = key;
        public int HeadingLine { get; } = headingLine;
        public List<Block> Blocks { get; } = [];
        public int End { get; set; }
    }

    private sealed class Reader(string markdown)
    {
        private readonly string[] _lines = markdown.Split('\n');
        private readonly SourceMap _map = new();
        private readonly List<ParseProblem> _problems = [];
        private DateOnly? _date;

        public PostMortemDocument Read()
        {
            var document = Markdown.Parse(markdown, Pipeline);
            var (title, titleDate, head, sections) = Split(document);
            _date = titleDate;

            var pm = new PostMortem { Title = title };
            pm = Metadata(pm, head);
            foreach (var section in sections)
            {
                pm = section.Key switch
                {
                    "summary" => pm with { Summary = FreeText(section, "summary") },
                    "impact" => pm with { Impact = ImpactSection(section) },
                    "rootcause" => pm with { RootCause = FreeText(section, "rootCause") },
                    "timeline" => pm with { Timeline = TimelineSection(section) },
                    "contributingfactors" or "factors" or "analysis" => pm with { Analysis = FactorSection(section) },
                    "actionitems" => pm with { ActionItems = ActionItemSection(section) },
                    "whatwentwell" => pm with { WhatWentWell = Items(section, "whatWentWell") },
                    "lessonslearned" => pm with { LessonsLearned = Items(section, "lessonsLearned") },
                    "datagaps" => pm with { DataGaps = DataGapSection(section) },
                    _ => pm,
                };
            }
            return new PostMortemDocument(pm, _map, _problems.OrderBy(p => p.Line).ToArray());
        }

        private (string Title, DateOnly? Date, Section Head, List<Section> Sections) Split(MarkdownDocument document)
        {
            var title = "";
            DateOnly? date = null;
            var head = new Section("", 0);
            var sections = new List<Section>();
            var current = head;
            foreach (var block in document)
            {
                if (block is HeadingBlock { Level: 1 } h1 && sections.Count == 0 && title.Length == 0)
                {
                    var text = TitlePrefix().Replace(HeadingText(h1), "");
                    var match = TitleDate().Match(text);
                    if (match.Success && TryParseDate(match.Groups[1].Value, out var d))
                    {
                        date = d;
                        text = text[..match.Index];
                    }
                    title = text.Trim();
                    _map.Add("title", h1.Line + 1);
                    head = new Section("", h1.Line);
                    current = head;
                    continue;
                }
                if (block is HeadingBlock { Level: 2 } h2)
                {
                    current.End = h2.Line;
                    current = new Section(Key(HeadingText(h2).Replace("appendix", "", StringComparison.OrdinalIgnoreCase)), h2.Line);
                    sections.Add(current);
                    continue;
                }
                current.Blocks.Add(block);
            }
            current.End = _lines.Length;
            return (title, date, head, sections);
        }

        private PostMortem Metadata(PostMortem pm, Section head)
        {
            var incident = pm.Incident;
            (string Text, int Line)? duration = null;
            foreach (var (key, value, line) in Fields(head.Blocks, head.End))
            {
                switch (key)
                {
                    case "date":
                        _map.Add("incident", line);
                        _map.Add("incident.startedAt", line);
                        if (TryParseDate(value, out var date))
                        {
                            _date = date;
                        }
                        else
                        {
                            Problem(line, $"Date '{value}' is not a date (yyyy-MM-dd).");
                        }
                        break;
                    case "duration":
                        duration = (value, line);
                        _map.Add("incident.endedAt", line);
                        _map.Add("incident.duration", line);
                        break;
                    case "severity":
                        _map.Add("incident.severity", line);
                        var sev = SeverityText().Match(value.Trim());
                        if (sev.Success)
                        {
                            incident = incident with { Severity = (Severity)int.Parse(sev.Groups[1].Value, Invariant) };
                        }
                        else
                        {
                            Problem(line, $"Severity '{value}' is not one of Sev0–Sev4.");
                        }
                        break;
                    case "authors" or "author":
                        _map.Add("authors", line);
                        pm = pm with { Authors = SplitList(value) };
                        break;
                    case "reviewers" or "reviewedby":
                        _map.Add("reviewers", line);
                        pm = pm with { Reviewers = SplitList(value) };
                        break;
                    case "reviewed" or "reviewedon":
                        _map.Add("reviewedOn", line);
                        if (TryParseDate(value, out var reviewed))
                        {
                            pm = pm with { ReviewedOn = reviewed };
                        }
                        else if (Key(value) is not ("" or "notyet" or "no" or "pending"))
                        {
                            Problem(line, $"Reviewed '{value}' is neither a date (yyyy-MM-dd) nor \"not yet\".");
                        }
                        break;
                    case "services" or "affectedservices":
                        _map.Add("incident.affectedServices", line);
                        incident = incident with { AffectedServices = SplitList(value) };
                        break;
                    case "nearmiss":
                        incident = incident with { IsNearMiss = Key(value) is "yes" or "true" };
                        break;
                    case "executivesponsor" or "sponsor":
                        _map.Add("executiveSponsor", line);
                        pm = pm with { ExecutiveSponsor = value.Length > 0 ? value : null };
                        break;
                    case "incident" or "incidentid":
                        _map.Add("incident.id", line);
                        var m = IncidentText().Match(value);
                        incident = m.Success && Enum.TryParse<IncidentSource>(m.Groups["source"].Value, true, out var source)
                            ? incident with { Id = m.Groups["id"].Value, Source = source }
                            : incident with { Id = value };
                        break;
                }
            }

            if (_date is null)
            {
                Problem(head.HeadingLine + 1, "No incident date: add \"- **Date:** yyyy-MM-dd\" or a date in the title.");
            }
            var day = _date ?? default;
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            DateTimeOffset? end = null;
            if (duration is var (text, durationLine))
            {
                var clocks = ClockTime().Matches(text);
                if (clocks.Count > 0)
                {
                    start = start.Add(Clock(clocks[0]));
                }
                var hm = HoursMinutes().Match(text.Trim());
                if (hm.Groups[1].Success || hm.Groups[2].Success)
                {
                    end = start + TimeSpan.FromHours(Int(hm.Groups[1])) + TimeSpan.FromMinutes(Int(hm.Groups[2]));
                }
                else if (clocks.Count > 1)
                {
                    var endAt = start.Date.Add(Clock(clocks[1]));
                    end = new DateTimeOffset(endAt < start ? endAt.AddDays(1) : endAt, TimeSpan.Zero);
                }
                else if (!text.StartsWith("unknown", StringComparison.OrdinalIgnoreCase)
                         && !text.StartsWith("ongoing", StringComparison.OrdinalIgnoreCase))
                {
                    Problem(durationLine, $"Duration '{text}' is not \"Xh Ymin (HH:mm–HH:mm UTC)\".");
                }
            }
            return pm with { Incident = incident with { StartedAt = start, EndedAt = end } };
        }

        private Impact ImpactSection(Section section)
        {
            _map.Add("impact", section.HeadingLine + 1);
            var impact = new Impact();
            // The figures are the leading "Key: value" items of the first list; the description is everything after.
            var descriptionLine = section.Blocks.Count > 0 ? section.Blocks[0].Line : section.End;
            if (section.Blocks.Count > 0 && section.Blocks[0] is ListBlock list)
            {
                descriptionLine = End(section, 0);
                foreach (var item in list)
                {
                    var (key, value, line) = Fields([item], item.Line + 1).FirstOrDefault();
                    if (key is "failedrequests")
                    {
                        _map.Add("impact.failedRequests", line);
                        impact = impact with { FailedRequests = Count(value, line) };
                    }
                    else if (key is "customersaffected")
                    {
                        _map.Add("impact.customersAffected", line);
                        impact = impact with { CustomersAffected = Count(value, line) };
                    }
                    else if (key is "estimatedrevenueimpact" or "revenueimpact")
                    {
                        _map.Add("impact.estimatedRevenueImpact", line);
                        impact = Money(impact, value, line);
                    }
                    else
                    {
                        descriptionLine = item.Line;
                        break;
                    }
                }
            }
            var description = string.Join('\n', _lines[Math.Min(descriptionLine, section.End)..section.End]).Trim();
            if (description.Length > 0)
            {
                _map.Add("impact.description", descriptionLine + 1);
            }
            return impact with { Description = description };
        }

        private ImmutableList<TimelineEntry> TimelineSection(Section section)
        {
            _map.Add("timeline", section.HeadingLine + 1);
            var table = section.Blocks.OfType<Table>().FirstOrDefault();
            if (table is null)
            {
                return [];
            }
            var (columns, rows) = Rows(table);
            var time = Column(columns, 0, "time", "timeutc", "when");
            var evt = Column(columns, 1, "event", "what");
            var source = Column(columns, 2, "source");
            var actor = Column(columns, 3, "actor", "who");
            var kind = Column(columns, -1, "kind", "type");
            var evidence = Column(columns, -1, "evidence", "evidenceref");

            var entries = ImmutableList.CreateBuilder<TimelineEntry>();
            DateTimeOffset? previous = null;
            foreach (var (cells, line) in rows)
            {
                var written = Get(cells, time).Trim();
                if (!TryParseTime(written, previous, out var at))
                {
                    Problem(line, $"Timeline time '{written}' cannot be read; write it as yyyy-MM-ddTHH:mmZ.");
                    continue;
                }
                var eventText = Get(cells, evt);
                var entryKind = TimelineEntryKind.Event;
                if (kind >= 0 && !TryParseKind(Get(cells, kind), out entryKind))
                {
                    Problem(line, $"Timeline kind '{Get(cells, kind)}' is unknown.");
                }
                else if (kind < 0)
                {
                    entryKind = InferKind(eventText);
                }
                var index = entries.Count;
                foreach (var path in new[] { "", ".time", ".event", ".source", ".actor", ".kind" })
                {
                    _map.Add($"timeline[{index}]{path}", line);
                }
                previous = at;
                entries.Add(new TimelineEntry
                {
                    Time = at,
                    TimeAsWritten = written,
                    Event = eventText,
                    Source = Get(cells, source),
                    Actor = Get(cells, actor),
                    Kind = entryKind,
                    EvidenceRef = Get(cells, evidence) is { Length: > 0 } e ? e : null,
                });
            }
            return entries.ToImmutable();
        }

        private Analysis FactorSection(Section section)
        {
            _map.Add("analysis", section.HeadingLine + 1);
            _map.Add("analysis.factors", section.HeadingLine + 1);
            var immediate = ImmutableList<string>.Empty;
            var systemic = ImmutableList<string>.Empty;
            var factors = ImmutableList.CreateBuilder<ContributingFactor>();
            for (var i = 0; i < section.Blocks.Count; i++)
            {
                if (section.Blocks[i] is not HeadingBlock { Level: >= 3 } heading)
                {
                    continue;
                }
                var last = i + 1;
                while (last < section.Blocks.Count && section.Blocks[last] is not HeadingBlock { Level: >= 3 })
                {
                    last++;
                }
                var body = section.Blocks.GetRange(i + 1, last - i - 1);
                var bodyEnd = last < section.Blocks.Count ? section.Blocks[last].Line : section.End;
                var text = HeadingText(heading);
                switch (Key(text))
                {
                    case "immediatecauses" or "immediatecause":
                        _map.Add("analysis.immediateCauses", heading.Line + 1);
                        immediate = ListItems(body, bodyEnd, "analysis.immediateCauses");
                        break;
                    case "systemicissues" or "systemicissue":
                        _map.Add("analysis.systemicIssues", heading.Line + 1);
                        systemic = ListItems(body, bodyEnd, "analysis.systemicIssues");
                        break;
                    default:
                        var path = $"analysis.factors[{factors.Count}]";
                        _map.Add(path, heading.Line + 1);
                        _map.Add(path + ".description", heading.Line + 1);
                        factors.Add(Factor(FactorPrefix().Replace(text, "").Trim(), body, bodyEnd, path));
                        break;
                }
            }
            return new Analysis { ImmediateCauses = immediate, Factors = factors.ToImmutable(), SystemicIssues = systemic };
        }

        private ContributingFactor Factor(string description, List<Block> body, int end, string path)
        {
            var category = FactorCategory.Other;
            foreach (var (key, value, line) in Fields(body.Where(b => b is ParagraphBlock).ToList(), body.OfType<ListBlock>().FirstOrDefault()?.Line ?? end))
            {
                if (key == "category")
                {
                    _map.Add(path + ".category", line);
                    if (!TryParseCategory(value, out category))
                    {
                        Problem(line, $"Factor category '{value}' is unknown; use one of: "
                            + string.Join(", ", Enum.GetValues<FactorCategory>().Select(Category)) + ".");
                    }
                }
            }
            var whyList = body.OfType<ListBlock>().FirstOrDefault();
            var whys = whyList is null
                ? []
                : ListItems([whyList], end, path + ".whys");
            return new ContributingFactor { Description = description, Category = category, Whys = whys };
        }

        private ImmutableList<ActionItem> ActionItemSection(Section section)
        {
            _map.Add("actionItems", section.HeadingLine + 1);
            var table = section.Blocks.OfType<Table>().FirstOrDefault();
            if (table is null)
            {
                return [];
            }
            var (columns, rows) = Rows(table);
            var id = Column(columns, 0, "id");
            var action = Column(columns, 1, "action", "actionitem");
            var owner = Column(columns, 2, "owner");
            var deadline = Column(columns, 3, "deadline", "due", "duedate");
            var priority = Column(columns, 4, "priority");
            var status = Column(columns, -1, "status");
            var ticket = Column(columns, -1, "ticket", "tracker", "trackerlink");
            var category = Column(columns, -1, "category");

            var items = ImmutableList.CreateBuilder<ActionItem>();
            foreach (var (cells, line) in rows)
            {
                var item = new ActionItem
                {
                    Id = Get(cells, id),
                    Action = Get(cells, action),
                    Owner = Get(cells, owner) is { Length: > 0 } o && o != "-" ? o : null,
                    TrackerLink = Get(cells, ticket) is { Length: > 0 } t && t != "-" ? t : null,
                };
                var deadlineText = Get(cells, deadline);
                if (TryParseDate(deadlineText, out var due))
                {
                    item = item with { Deadline = due };
                }
                else if (deadlineText is not ("" or "-"))
                {
                    Problem(line, $"Action item deadline '{deadlineText}' is not a date (yyyy-MM-dd).");
                }
                if (TryParsePriority(Get(cells, priority), out var p))
                {
                    item = item with { Priority = p };
                }
                else
                {
                    Problem(line, $"Action item priority '{Get(cells, priority)}' is not high, medium or low.");
                }
                if (TryParseStatus(Get(cells, status), out var s))
                {
                    item = item with { Status = s };
                }
                else
                {
                    Problem(line, $"Action item status '{Get(cells, status)}' is not open, in-progress, done or wont-do.");
                }
                if (Get(cells, category) is { Length: > 0 } c)
                {
                    if (TryParseCategory(c, out var cat))
                    {
                        item = item with { Category = cat };
                    }
                    else
                    {
                        Problem(line, $"Action item category '{c}' is unknown.");
                    }
                }
                var key = item.Id.Length > 0 ? item.Id : items.Count.ToString(Invariant);
                foreach (var path in new[] { "", ".id", ".action", ".owner", ".deadline", ".priority", ".status" })
                {
                    _map.Add($"actionItems[{key}]{path}", line);
                }
                items.Add(item);
            }
            return items.ToImmutable();
        }

        private ImmutableList<DataGap> DataGapSection(Section section)
        {
            _map.Add("dataGaps", section.HeadingLine + 1);
            var table = section.Blocks.OfType<Table>().FirstOrDefault();
            if (table is null)
            {
                return [];
            }
            var (columns, rows) = Rows(table);
            var source = Column(columns, 0, "source");
            var from = Column(columns, 1, "from", "fromutc");
            var to = Column(columns, 2, "to", "toutc");
            var reason = Column(columns, 3, "reason");
            var gaps = ImmutableList.CreateBuilder<DataGap>();
            foreach (var (cells, line) in rows)
            {
                if (!TryParseTime(Get(cells, from), null, out var start) || !TryParseTime(Get(cells, to), start, out var end))
                {
                    Problem(line, $"Data gap interval '{Get(cells, from)}'–'{Get(cells, to)}' cannot be read.");
                    continue;
                }
                _map.Add($"dataGaps[{gaps.Count}]", line);
                gaps.Add(new DataGap { Source = Get(cells, source), From = start, To = end, Reason = Get(cells, reason) });
            }
            return gaps.ToImmutable();
        }

        private string FreeText(Section section, string path)
        {
            var (text, line) = Slice(section);
            _map.Add(path, (text.Length > 0 ? line : section.HeadingLine) + 1);
            return text;
        }

        private ImmutableList<string> Items(Section section, string path)
        {
            _map.Add(path, section.HeadingLine + 1);
            if (section.Blocks.Any(b => b is ListBlock))
            {
                return ListItems(section.Blocks, section.End, path);
            }
            // Paragraphs instead of a list: one item each.
            var items = ImmutableList.CreateBuilder<string>();
            for (var i = 0; i < section.Blocks.Count; i++)
            {
                if (section.Blocks[i] is ParagraphBlock paragraph)
                {
                    _map.Add($"{path}[{items.Count}]", paragraph.Line + 1);
                    items.Add(JoinLines(paragraph.Line, End(section, i)));
                }
            }
            return items.ToImmutable();
        }

        private ImmutableList<string> ListItems(List<Block> blocks, int end, string path)
        {
            var items = ImmutableList.CreateBuilder<string>();
            for (var b = 0; b < blocks.Count; b++)
            {
                if (blocks[b] is not ListBlock list)
                {
                    continue;
                }
                var listEnd = b + 1 < blocks.Count ? blocks[b + 1].Line : end;
                for (var i = 0; i < list.Count; i++)
                {
                    var item = list[i];
                    var itemEnd = i + 1 < list.Count ? list[i + 1].Line : listEnd;
                    _map.Add($"{path}[{items.Count}]", item.Line + 1);
                    items.Add(JoinLines(item.Line, itemEnd));
                }
            }
            return items.ToImmutable();
        }

        /// <summary>"Key: value" lines of the given blocks, with list markers and bold removed.</summary>
        private IEnumerable<(string Key, string Value, int Line)> Fields(List<Block> blocks, int end)
        {
            for (var b = 0; b < blocks.Count; b++)
            {
                var blockEnd = b + 1 < blocks.Count ? blocks[b + 1].Line : end;
                for (var line = blocks[b].Line; line < blockEnd && line < _lines.Length; line++)
                {
                    var text = ListMarker().Replace(_lines[line], "").Replace("**", "", StringComparison.Ordinal).Trim();
                    var colon = text.IndexOf(':', StringComparison.Ordinal);
                    if (colon > 0)
                    {
                        yield return (Key(text[..colon]), text[(colon + 1)..].Trim(), line + 1);
                    }
                }
            }
        }

        private (List<string> Columns, List<(List<string> Cells, int Line)> Rows) Rows(Table table)
        {
            var columns = new List<string>();
            var rows = new List<(List<string>, int)>();
            foreach (var row in table.OfType<TableRow>())
            {
                var cells = SplitRow(_lines[row.Line]);
                if (row.IsHeader)
                {
                    columns = cells.Select(Key).ToList();
                }
                else
                {
                    rows.Add((cells, row.Line + 1));
                }
            }
            return (columns, rows);
        }

        /// <summary>Cells of one table row (a pipe table row is always one line); "\|" is a pipe inside a cell.</summary>
        private static List<string> SplitRow(string line)
        {
            var text = line.Trim();
            if (text.StartsWith('|'))
            {
                text = text[1..];
            }
            if (text.EndsWith('|') && !text.EndsWith("\\|", StringComparison.Ordinal))
            {
                text = text[..^1];
            }
            var cells = new List<string>();
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '|' && (i == 0 || text[i - 1] != '\\'))
                {
                    cells.Add(UnCell(text[start..i]));
                    start = i + 1;
                }
            }
            cells.Add(UnCell(text[start..]));
            return cells;
        }

        private static int Column(List<string> columns, int fallback, params string[] names)
        {
            var index = columns.FindIndex(c => names.Contains(c));
            return index >= 0 ? index : fallback < columns.Count ? fallback : -1;
        }

        private static string Get(List<string> cells, int column) =>
            column >= 0 && column < cells.Count ? cells[column] : "";

        /// <summary>
        /// Lenient: ISO 8601 with or without a zone, or a bare HH:mm on the incident date (rolled to the next day when
        /// it would go back more than 12 hours). A missing or unknown zone is read as UTC; the timezone rule flags it.
        /// </summary>
        private bool TryParseTime(string text, DateTimeOffset? previous, out DateTimeOffset time)
        {
            time = default;
            var clean = text.Trim().Trim('`', '*').Trim();
            var tod = TimeOfDay().Match(clean);
            if (tod.Success)
            {
                var day = previous is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : _date;
                if (day is null)
                {
                    return false;
                }
                var clock = new TimeSpan(Int(tod.Groups[1]), Int(tod.Groups[2]), Int(tod.Groups[3]));
                if (clock >= TimeSpan.FromDays(1))
                {
                    return false;
                }
                var offset = ZoneOffset(tod.Groups[4].Value);
                time = new DateTimeOffset(day.Value.ToDateTime(TimeOnly.MinValue) + clock, offset).ToUniversalTime();
                if (previous is { } prev && prev - time > TimeSpan.FromHours(12))
                {
                    time = time.AddDays(1);
                }
                return true;
            }
            var iso = Regex.Replace(clean, @"\s*(UTC|GMT)$", "Z", RegexOptions.IgnoreCase);
            if (DateTimeOffset.TryParse(iso, Invariant, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time))
            {
                return true;
            }
            // An unknown zone name ("10:05 CET" after a date): read the rest as UTC.
            var withoutZone = Regex.Replace(clean, @"\s+[A-Za-z]{2,5}$", "");
            return withoutZone != clean && DateTimeOffset.TryParse(withoutZone, Invariant,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
        }

        private static TimeSpan ZoneOffset(string zone)
        {
            var z = zone.Trim();
            return z.Length > 1 && (z[0] == '+' || z[0] == '-')
                   && TimeSpan.TryParseExact(z[1..], ["hh\\:mm", "hhmm", "hh"], Invariant, out var o)
                ? (z[0] == '-' ? -o : o)
                : TimeSpan.Zero;
        }

        private long? Count(string value, int line)
        {
            var text = value.Trim().TrimStart('~', '≈').Trim();
            if (Key(text) is "" or "unknown" or "na" or "none")
            {
                return null;
            }
            if (long.TryParse(text, NumberStyles.AllowThousands, Invariant, out var n))
            {
                return n;
            }
            Problem(line, $"'{value}' is not a number.");
            return null;
        }

        private Impact Money(Impact impact, string value, int line)
        {
            var text = value.Trim().TrimStart('~', '≈').Trim();
            if (Key(text) is "" or "unknown" or "na" or "none")
            {
                return impact;
            }
            var m = MoneyText().Match(text);
            if (!m.Success || !decimal.TryParse(m.Groups["n"].Value, NumberStyles.Number, Invariant, out var amount))
            {
                Problem(line, $"Revenue impact '{value}' is not an amount like \"12,000 USD\".");
                return impact;
            }
            var currency = m.Groups["cur"].Success ? m.Groups["cur"].Value.ToUpperInvariant()
                : m.Groups["sym"].Value switch { "€" => "EUR", "£" => "GBP", _ => "USD" };
            return impact with { EstimatedRevenueImpact = amount, Currency = currency };
        }

        private (string Text, int Line) Slice(Section section)
        {
            if (section.Blocks.Count == 0)
            {
                return ("", section.HeadingLine);
            }
            var first = section.Blocks[0].Line;
            var lines = _lines[first..Math.Min(section.End, _lines.Length)];
            return (string.Join('\n', lines).Trim(), first);
        }

        private string JoinLines(int from, int to)
        {
            var lines = new List<string>();
            for (var i = from; i < to && i < _lines.Length; i++)
            {
                var text = (i == from ? ListMarker().Replace(_lines[i], "") : _lines[i]).Trim();
                if (text.Length > 0)
                {
                    lines.Add(text);
                }
            }
            return string.Join('\n', lines);
        }

        private static int End(Section section, int block) =>
            block + 1 < section.Blocks.Count ? section.Blocks[block + 1].Line : section.End;

        private string HeadingText(HeadingBlock heading) => _lines[heading.Line].Trim().TrimStart('#').TrimEnd('#').Trim();

        private static ImmutableList<string> SplitList(string value) =>
            value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToImmutableList();

        private static TimeSpan Clock(Match match) =>
            new(int.Parse(match.Groups[1].Value, Invariant), int.Parse(match.Groups[2].Value, Invariant), 0);

        private static int Int(Group group) => group.Success ? int.Parse(group.Value, Invariant) : 0;

        private void Problem(int line, string message) => _problems.Add(new ParseProblem(line, message));
    }
}
