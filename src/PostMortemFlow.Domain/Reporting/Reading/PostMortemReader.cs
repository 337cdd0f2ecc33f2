using System.Text.RegularExpressions;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting.Parsing;
using static PostMortemFlow.Domain.Reporting.Parsing.ReportFormat;

namespace PostMortemFlow.Domain.Reporting.Reading;

/// <summary>
/// Reads a post-mortem as people write it, from the blocks any front-end gives (<see cref="MarkdownBlocks"/>,
/// <see cref="HtmlBlocks"/>, Word): sections by meaning at any heading level, the title, the date, severity and
/// authors wherever they are stated, the timeline in UTC where a zone is stated, the action items and the listed
/// factors. Nothing is invented: what the document does not state is marked as not stated, and every part that was
/// not used gets a note.
/// </summary>
public static partial class PostMortemReader
{
    public static PostMortemDocument Read(BlockDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = new ReadingContext { DayFirst = WrittenDate.WritesDayFirst(AllText(document)) };
        var outline = DocumentOutline.Of(document);
        var fields = Fields(document, outline);
        context.Map.Add("title", outline.TitleLine);

        context.Date = DateOf(context, document, outline, fields);
        context.Zone = DeclaredZone(context, document);

        var title = outline.Title.Length > 0 ? outline.Title : document.FrontMatter.GetValueOrDefault("title", "");
        var pm = new PostMortem { Title = TitleText(title) };
        pm = pm with { Incident = IncidentOf(context, document, outline, fields), Authors = Authors(document, fields) };

        var summary = new List<string>();
        var rootCause = new List<string>();
        var factors = ImmutableList.CreateBuilder<ContributingFactor>();
        foreach (var outlined in outline.Sections)
        {
            var section = outlined;
            if (section.Meaning != SectionMeaning.Timeline && AnnouncedTimeline.Split(section, context.Date?.Year) is var (announcedRows, remainder))
            {
                context.Map.Add("timeline", announcedRows.Line);
                pm = pm with { Timeline = pm.Timeline.AddRange(TimelineRowReader.Read(context, announcedRows)) };
                section = remainder;
            }
            context.Map.Add(Path(section.Meaning), section.Line);
            // Items a sentence announces ("we've made a few changes:") count in any section that is not itself a list of them.
            var announced = section.Meaning is SectionMeaning.ActionItems or SectionMeaning.Timeline or SectionMeaning.Factors or SectionMeaning.Whys
                or SectionMeaning.WhatWentWell or SectionMeaning.Lessons ? [] : ActionItemLineReader.Announced(context, section.Blocks);
            pm = pm with { ActionItems = pm.ActionItems.AddRange(announced) };
            switch (section.Meaning)
            {
                case SectionMeaning.Timeline:
                    pm = pm with { Timeline = pm.Timeline.AddRange(TimelineRowReader.Read(context, section)) };
                    break;
                case SectionMeaning.ActionItems:
                    var listed = ActionItemLineReader.Read(context, section);
                    if (pm.ActionItems.Count == listed.Count && listed.Count > 0 && StatusView().IsMatch(section.Heading))
                    {
                        // "## Action Items Status" ticking off, in other words, the items a table above already gave.
                        context.Note(section.Line, $"section '{ReadingContext.Short(section.Heading)}' restates the {listed.Count} action items above");
                        break;
                    }
                    pm = pm with { ActionItems = pm.ActionItems.AddRange(listed) };
                    break;
                case SectionMeaning.Factors:
                    factors.AddRange(FactorListReader.Read(context, section));
                    break;
                case SectionMeaning.Whys:
                    if (FactorListReader.Chain(context, section) is { } chain)
                    {
                        factors.Add(chain);
                    }
                    break;
                case SectionMeaning.WhatWentWell:
                    pm = pm with { WhatWentWell = pm.WhatWentWell.AddRange(Texts(section)) };
                    break;
                case SectionMeaning.Lessons:
                    pm = pm with { LessonsLearned = pm.LessonsLearned.AddRange(Texts(section)) };
                    break;
                case SectionMeaning.Impact:
                    pm = pm with { Impact = pm.Impact with { Description = Join(pm.Impact.Description, Text(section)) } };
                    break;
                case SectionMeaning.RootCause or SectionMeaning.Narrative:
                    rootCause.Add(Text(section));
                    if (section.Meaning == SectionMeaning.RootCause)
                    {
                        factors.AddRange(FactorListReader.FromCauses(context, section));
                    }
                    break;
                case SectionMeaning.Summary or SectionMeaning.Detection or SectionMeaning.Resolution:
                    summary.Add(Text(section));
                    pm = pm with { ActionItems = pm.ActionItems.AddRange(ActionItemLineReader.TablesIn(context, section)) };
                    break;
                case SectionMeaning.Date or SectionMeaning.Severity:
                    break;
                case var _ when announced.Count > 0:
                    break;
                default:
                    context.Note(section.Line, $"section '{ReadingContext.Short(section.Heading)}' not used");
                    break;
            }
        }
        pm = pm with { ActionItems = ActionItemLineReader.Announced(context, outline.Head.Blocks).AddRange(pm.ActionItems) };
        if (ProseZone.Matching(AllText(document), pm.Timeline) is { } proseZone)
        {
            context.Note(context.Map.LineOf("timeline") ?? 1, $"Times read in {TimelineRowReader.Describe(proseZone)}: the text gives the rows' clocks with that zone.");
            pm = pm with { Timeline = [.. pm.Timeline.Select(e => e.ZoneNotStated && !e.DateNotStated ? e with { Time = proseZone.ToUtc(e.Time.DateTime), ZoneNotStated = false } : e)] };
        }
        foreach (var block in outline.Head.Blocks.Where(b => b is BlockTable table && KeyValueRows(table).Count == 0))
        {
            context.NotUsed(block, "");
        }
        if (summary.Count == 0)
        {
            summary.AddRange(outline.Head.Blocks.OfType<BlockParagraph>().Select(p => p.Text).Where(t => !FieldLine().IsMatch(t)));
        }
        pm = pm with
        {
            Summary = string.Join("\n\n", summary.Where(s => s.Length > 0)),
            RootCause = string.Join("\n\n", rootCause.Where(s => s.Length > 0)),
            Analysis = new Analysis { Factors = factors.ToImmutable() },
        };
        NoteWhatIsNotStated(context, pm);
        return new PostMortemDocument(pm, context.Map, [], context.Notes);
    }

    private static Incident IncidentOf(ReadingContext context, BlockDocument document, DocumentOutline outline, Dictionary<string, (string Value, int Line)> fields)
    {
        var incident = new Incident
        {
            StartedAt = context.Date is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : default,
            DateNotStated = context.Date is null,
            SeverityNotStated = true,
        };
        var severity = document.FrontMatter.TryGetValue("severity", out var s) ? (s, 1)
            : fields.TryGetValue("severity", out var field) ? field
            : outline.Sections.FirstOrDefault(x => x.Meaning == SectionMeaning.Severity) is { } section ? (FirstText(section), section.Line)
            : ("", 0);
        if (severity.Item1.Length > 0 && WrittenSeverity.TryParse(severity.Item1, out var level))
        {
            context.Map.Add("incident.severity", severity.Item2);
            var written = severity.Item1.Trim();
            context.Note(severity.Item2, $"Severity '{ReadingContext.Short(written)}' read as {Severity(level)}.");
            incident = incident with { Severity = level, SeverityNotStated = false, SeverityAsWritten = written == Severity(level) ? null : written };
        }
        if (NearMissStated(document, outline, fields, severity.Item1) is { } line)
        {
            context.Note(line, "Read as a near miss.");
            incident = incident with { IsNearMiss = true };
        }
        return incident;
    }

    /// <summary>
    /// The line that says the incident was a near miss: a "Near miss: yes" field, or "near miss" in the title or the
    /// severity. Never guessed from the story.
    /// </summary>
    private static int? NearMissStated(BlockDocument document, DocumentOutline outline, Dictionary<string, (string Value, int Line)> fields, string severity)
    {
        var flag = document.FrontMatter.TryGetValue("nearmiss", out var front) ? (front, 1)
            : document.FrontMatter.TryGetValue("near_miss", out var snake) ? (snake, 1)
            : fields.TryGetValue("nearmiss", out var field) ? field
            : ("", 0);
        if (flag.Item1.Length > 0)
        {
            return Key(flag.Item1) is "yes" or "true" or "y" ? flag.Item2 : null;
        }
        if (NearMiss().IsMatch(outline.Title))
        {
            return outline.TitleLine;
        }
        return NearMiss().IsMatch(severity) && fields.TryGetValue("severity", out var stated) ? stated.Line : null;
    }

    [GeneratedRegex(@"\bnear[- ]miss(es)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex NearMiss();

    /// <summary>"May 18 Replit downtime", posted 2023-05-20: the title's day, in the year of the post (or the one before it).</summary>
    private static DateOnly? TitleDayOfPost(ReadingContext context, BlockDocument document, DocumentOutline outline)
    {
        var title = outline.Title.Length > 0 ? outline.Title : document.FrontMatter.GetValueOrDefault("title", "");
        if (!document.FrontMatter.TryGetValue("date", out var posted) || !WrittenDate.TryFind(posted, null, out var postDate, context.DayFirst)
            || WrittenDate.TryFind(title, null, out _, context.DayFirst) || !WrittenDate.TryFind(title, postDate.Year, out var titled, context.DayFirst))
        {
            return null;
        }
        return titled > postDate ? titled.AddYears(-1) : titled;
    }

    private static readonly string[] IncidentDateKeys = ["incident_start", "incident_date", "incident-date", "incidentdate", "started_at", "started", "start"];

    private static DateOnly? DateOf(ReadingContext context, BlockDocument document, DocumentOutline outline, Dictionary<string, (string Value, int Line)> fields)
    {
        var candidates = new List<(string Text, int Line, string Where)>();
        foreach (var key in IncidentDateKeys.Where(document.FrontMatter.ContainsKey))
        {
            candidates.Add((document.FrontMatter[key], 1, $"front matter's {key}"));
        }
        if (fields.TryGetValue("date", out var field))
        {
            candidates.Add((field.Value, field.Line, "the Date line"));
        }
        if (outline.Sections.FirstOrDefault(s => s.Meaning == SectionMeaning.Date) is { } section)
        {
            candidates.Add((FirstText(section), section.Line, "the Date section"));
        }
        candidates.Add((outline.Title, outline.TitleLine, "the title"));
        if (document.FrontMatter.TryGetValue("title", out var frontTitle))
        {
            candidates.Add((frontTitle, 1, "the title"));
        }
        // A blog's front-matter date is when the post went out: "Postmortem for the Mainnet incident on 17th June 2019"
        // published on 2019-07-02. It counts only when nothing closer to the incident names a day.
        if (document.FrontMatter.TryGetValue("date", out var front))
        {
            candidates.Add((front, 1, "front matter"));
        }
        if (TitleDayOfPost(context, document, outline) is { } titleDay)
        {
            candidates.Insert(candidates.FindIndex(c => c.Where == "front matter") is var at and >= 0 ? at : candidates.Count, (UtcFormat(titleDay), 1, "the title's day in the year of the post"));
        }
        foreach (var (text, line, where) in candidates)
        {
            if (WrittenDate.TryFind(text, null, out var date, context.DayFirst))
            {
                context.Map.Add("incident", line);
                context.Map.Add("incident.startedAt", line);
                context.Note(line, $"Date {UtcFormat(date)} read from {where}.");
                return date;
            }
        }
        // The timeline's days say the date only when they all fall within two days: a timeline that starts with the
        // upstream change weeks before does not date the incident.
        var days = outline.Sections.Where(s => s.Meaning == SectionMeaning.Timeline)
            .SelectMany(s => s.Blocks)
            .SelectMany(block => block switch
            {
                BlockHeading h => [(block.Line, h.Text)],
                BlockListItem i => [(block.Line, i.Text)],
                BlockParagraph p => p.Text.Split('\n').Select(l => (block.Line, l)),
                BlockTable t => t.Rows.Select(r => (r.Line, string.Join(" ", r.Cells))),
                _ => [],
            })
            .Select(b => (Line: b.Item1, Text: b.Item2))
            .Select(b => (b.Line, Found: WrittenDate.TryFind(b.Text, null, out var day, out var where, context.DayFirst) && where.Index < 12 ? day : (DateOnly?)null))
            .Where(b => b.Found is not null)
            .ToList();
        if (days.Count > 0 && days.Max(d => d.Found!.Value).DayNumber - days.Min(d => d.Found!.Value).DayNumber <= 2)
        {
            var first = days.MinBy(d => d.Found!.Value);
            context.Note(first.Line, $"Date {UtcFormat(first.Found!.Value)} read from the timeline's first day.");
            return first.Found;
        }
        // "On December 7, 2023 for 35 minutes…": the opening prose is the last place a date with its year is looked for.
        var timeline = outline.Sections.Where(s => s.Meaning == SectionMeaning.Timeline).Select(s => s.Line).DefaultIfEmpty(int.MaxValue).Min();
        foreach (var paragraph in document.Blocks.OfType<BlockParagraph>().Where(p => p.Line < timeline).Take(3))
        {
            if (WrittenDate.TryFind(paragraph.Text, null, out var said, context.DayFirst))
            {
                context.Map.Add("incident.startedAt", paragraph.Line);
                context.Note(paragraph.Line, $"Date {UtcFormat(said)} read from the opening text.");
                return said;
            }
        }
        return null;
    }

    private static StatedZone? DeclaredZone(ReadingContext context, BlockDocument document)
    {
        foreach (var block in document.Blocks)
        {
            var text = block switch { BlockParagraph p => p.Text, BlockHeading h => h.Text, BlockListItem i => i.Text, _ => "" };
            foreach (var line in text.Split('\n'))
            {
                if (line.Length < 100 && StatedZone.Declared(line) is { } zone)
                {
                    context.Note(block.Line, $"Times read in {TimelineRowReader.Describe(zone)} (\"{ReadingContext.Short(line.Trim())}\").");
                    return zone;
                }
            }
        }
        return null;
    }

    private static ImmutableList<string> Authors(BlockDocument document, Dictionary<string, (string Value, int Line)> fields)
    {
        var text = document.FrontMatter.TryGetValue("author", out var a) ? a
            : document.FrontMatter.TryGetValue("authors", out var b) ? b
            : fields.TryGetValue("authors", out var f) ? f.Value
            : "";
        return [.. text.Trim('[', ']').Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.Trim('"', '\'')).Where(n => n.Length > 0)];
    }

    /// <summary>"Key: value" lines before the first section and bold "**Key:** value" lines anywhere, by normalised key.</summary>
    private static Dictionary<string, (string Value, int Line)> Fields(BlockDocument document, DocumentOutline outline)
    {
        var fields = new Dictionary<string, (string, int)>();
        var head = outline.Head.Blocks.ToHashSet();
        foreach (var block in document.Blocks)
        {
            var text = block switch { BlockParagraph p => p.Text, BlockListItem i => i.Text, _ => null };
            foreach (var (key, value, line) in head.Contains(block) && block is BlockTable table ? KeyValueRows(table) : [])
            {
                fields.TryAdd(FieldKey(key), (value, line));
            }
            var lines = text?.Split('\n') ?? [];
            for (var i = 0; i < lines.Length; i++)
            {
                var m = FieldLine().Match(lines[i].Trim());
                if (!m.Success || (!head.Contains(block) && !m.Groups["bold"].Success))
                {
                    continue;
                }
                fields.TryAdd(FieldKey(m.Groups["key"].Value), (m.Groups["value"].Value.Trim(), block.Line + i));
            }
        }
        return fields;
    }

    private static string FieldKey(string written) => Key(written) switch
    {
        "date" or "dateofincident" or "incidentdate" or "dateofincidentinutc" or "when" or "incidentdateutc" => "date",
        "severity" or "sev" or "incidentseverity" or "severitylevel" => "severity",
        "createdby" or "author" or "authors" or "writtenby" or "reportedby" => "authors",
        var other => other,
    };

    /// <summary>
    /// "| Authors | serathius@ |", "| Date | 2022-04-20 |" under an empty header: a two-column table of labels and values
    /// before the first section holds the document's fields, as a Google Docs header table does.
    /// </summary>
    private static List<(string Key, string Value, int Line)> KeyValueRows(BlockTable table)
    {
        if (table.Header.Length != 2)
        {
            return [];
        }
        var rows = table.Rows.Select(r => (Cells: r.Cells, r.Line)).Prepend((Cells: table.Header, table.Line))
            .Where(r => r.Cells.Length == 2 && r.Cells.Any(c => c.Trim().Length > 0)).ToList();
        var labelled = rows.Count > 0 && rows.TrueForAll(r => TableLabel().IsMatch(TimelineRowReader.Plain(r.Cells[0]).Trim()));
        return labelled ? [.. rows.Select(r => (TimelineRowReader.Plain(r.Cells[0]).Trim(), TimelineRowReader.Plain(r.Cells[1]).Trim(), r.Line))] : [];
    }

    private static void NoteWhatIsNotStated(ReadingContext context, PostMortem pm)
    {
        var missing = NotStated.Of(pm).Select(fact => fact switch
        {
            NotStated.Zone => "the time zone of the timeline (times kept as written, not UTC)",
            _ => "the " + fact,
        }).ToList();
        if (missing.Count > 0)
        {
            context.Note(1, $"Not stated: {string.Join(", ", missing)}.");
        }
    }

    private static string AllText(BlockDocument document) =>
        string.Join('\n', document.Blocks.Select(b => b switch
        {
            BlockParagraph p => p.Text,
            BlockHeading h => h.Text,
            BlockListItem i => i.Text,
            BlockTable t => string.Join('\n', t.Rows.Select(r => string.Join(" | ", r.Cells))),
            _ => "",
        }));

    private static string TitleText(string title)
    {
        var text = TimelineRowReader.Plain(TitlePrefix().Replace(title, ""));
        return text.Length > 0 ? text : title;
    }

    private static string FirstText(OutlinedSection section) =>
        section.Blocks.Select(b => b switch { BlockParagraph p => p.Text, BlockListItem i => i.Text, _ => "" }).FirstOrDefault(t => t.Length > 0) ?? "";

    private static string Text(OutlinedSection section) =>
        string.Join("\n\n", section.Blocks.Select(b => b switch
        {
            BlockParagraph p => p.Text,
            BlockListItem i => new string(' ', 2 * i.Depth) + "- " + i.Text,
            BlockHeading h => h.Text,
            _ => "",
        }).Where(t => t.Length > 0)).Trim();

    private static IEnumerable<string> Texts(OutlinedSection section) =>
        section.Blocks.Select(b => b switch { BlockParagraph p => p.Text, BlockListItem i => i.Text, _ => "" })
            .Where(t => t.Trim().Length > 0).Select(TimelineRowReader.Plain);

    private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : a + "\n\n" + b;

    private static string Path(SectionMeaning meaning) => meaning switch
    {
        SectionMeaning.Timeline => "timeline",
        SectionMeaning.ActionItems => "actionItems",
        SectionMeaning.Factors or SectionMeaning.Whys => "analysis.factors",
        SectionMeaning.Summary => "summary",
        SectionMeaning.Impact => "impact",
        SectionMeaning.RootCause or SectionMeaning.Narrative => "rootCause",
        SectionMeaning.WhatWentWell => "whatWentWell",
        SectionMeaning.Lessons => "lessonsLearned",
        _ => "section",
    };

    private static string UtcFormat(DateOnly date) => Domain.Text.UtcFormat.Date(date);

    [GeneratedRegex(@"^(?<bold>\*\*|__)?(?<key>[A-Za-z][A-Za-z ()/-]{1,40}?)\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:|:)\s*(?<value>.+)$")]
    private static partial Regex FieldLine();

    [GeneratedRegex(@"\bstatus\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatusView();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z ()/-]{1,30}:?$")]
    private static partial Regex TableLabel();

    [GeneratedRegex(@"^(?:post[\s-]?mortem|incident\s+report|incident)\s*[:\-–—]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex TitlePrefix();
}
