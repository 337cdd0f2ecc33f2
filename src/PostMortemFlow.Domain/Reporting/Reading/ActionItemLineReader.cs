using System.Text.RegularExpressions;
using PostMortemFlow.Domain.Model;
using static PostMortemFlow.Domain.Reporting.Parsing.ReportFormat;

namespace PostMortemFlow.Domain.Reporting.Reading;

/// <summary>
/// Action items as tables (columns found by header, never by position: a "Bug" column is a link, not a deadline) or
/// as the top-level items of lists, whose sub-items only add links. An owner is read only where the document names
/// one: an Owner column, "@handle", "Owner: …", a name in brackets at the end, or a tag before the action ("[ICL] …"); status from DONE/TODO/✓,
/// strike-through or a checkbox. Whatever is not stated stays empty.
/// </summary>
internal static partial class ActionItemLineReader
{
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "done", "todo", "optional", "ongoing", "wip", "bug", "issue", "fixed", "completed", "complete", "planned", "high",
        "medium", "low", "critical", "urgent", "open", "closed", "pending", "blocked", "tbd", "tba", "maybe", "merged",
        "in progress", "see below", "link", "pr", "here", "docs",
    };

    public static ImmutableList<ActionItem> Read(ReadingContext context, OutlinedSection section)
    {
        var items = ImmutableList.CreateBuilder<ActionItem>();
        var top = section.Blocks.OfType<BlockListItem>().Select(i => i.Depth).DefaultIfEmpty(0).Min();
        // "**Action item:** Declare incidents earlier. Owner: @lee" — a labelled line is the item itself.
        var labelled = section.Level == PseudoHeading.Level && !section.Blocks.Any(b => b is BlockListItem or BlockTable);
        // "Action point: create a low-volume announce list." over "- This has been done": one item, the rest its detail.
        var single = section.Level == PseudoHeading.Level && SectionMeanings.LabelsOneItem(section.Heading) && section.Blocks.FirstOrDefault() is BlockParagraph;
        // "**DONE**: Alex added …": the label is the item's status.
        var status = StatusOf(section.Heading) is null ? "" : section.Heading + ": ";
        // "# Future works" over "## Removal of the flag" and "## Better monitoring", each with a paragraph: one item per heading.
        // … or, with two sub-headings or more, whatever lists, tables and code come after the first of them are the details of
        // the measure under whose heading they stand ("### Introspection" over its paragraph, a schema table and a snippet).
        var subs = section.Blocks.Select((b, i) => (b, i)).Where(x => x.b is BlockHeading h && h.Level > section.Level && h.Level < PseudoHeading.Level).Select(x => x.i).ToList();
        var firstSub = subs.Count > 0 ? subs[0] : -1;
        var detailed = subs.Count >= 2 && section.Blocks.Take(firstSub).All(b => b is not (BlockListItem or BlockTable))
            && subs.TrueForAll(i => i + 1 < section.Blocks.Count && section.Blocks[i + 1] is BlockParagraph);
        var headed = section.Level < PseudoHeading.Level && (detailed || !section.Blocks.Any(b => b is BlockListItem or BlockTable));
        // A section whose items are a table keeps the lists its paragraphs introduce for explaining them ("Types:" over
        // "* Prevent - …"); a list straight under the heading is items all the same.
        var tabled = section.Blocks.Any(b => b is BlockTable);
        var explaining = false;
        foreach (var (block, index) in section.Blocks.Select((b, i) => (b, i)))
        {
            explaining = block switch { BlockParagraph => tabled, BlockListItem => explaining, _ => false };
            if (detailed && index > firstSub && block is BlockListItem or BlockTable or BlockCode)
            {
                continue;
            }
            switch (block)
            {
                case BlockTable table:
                    FromTable(context, section, table, items);
                    break;
                case BlockParagraph paragraph when single && items.Count == 0:
                    Add(context, items, FromLine(paragraph.Text, null), paragraph.Line);
                    break;
                case var _ when single:
                    break;
                case BlockParagraph paragraph when labelled:
                    Add(context, items, FromLine(status + paragraph.Text, null), paragraph.Line);
                    break;
                case BlockParagraph paragraph when LinkLine().IsMatch(paragraph.Text.Split('\n')[0]):
                    // "[KM676](https://trello.com/c/…)" lines: each line a tracked item, its link the ticket.
                    foreach (var (line, offset) in paragraph.Text.Split('\n').Select((l, i) => (l.Trim(), i)).Where(l => LinkLine().IsMatch(l.Item1)))
                    {
                        Add(context, items, FromLine(line, null), paragraph.Line + offset);
                    }
                    break;
                case BlockListItem { Depth: var depth } item when depth == top && item.Text.Length > 0 && !explaining:
                    Add(context, items, FromLine(item.Text, item.Checked), item.Line);
                    break;
                case BlockListItem nested when nested.Depth > top && items.Count > 0:
                    if (items[^1].TrackerLink is null && FirstLink(nested.Text) is { } link)
                    {
                        items[^1] = items[^1] with { TrackerLink = link };
                    }
                    break;
                case BlockHeading heading when NumberedHeading().Match(heading.Text) is { Success: true } numbered:
                    // "#### 1) Cron cleanup scheduled `@malte`": one item per numbered sub-heading, its paragraphs the detail.
                    Add(context, items, FromLine(numbered.Groups["item"].Value.Replace("`", "", StringComparison.Ordinal), null), heading.Line);
                    break;
                case BlockHeading heading when headed && heading.Level > section.Level:
                    Add(context, items, FromLine(heading.Text.Replace("`", "", StringComparison.Ordinal), null), heading.Line);
                    break;
                case BlockHeading:
                    break;
                case BlockParagraph paragraph when headed && !section.Blocks.Any(b => b is BlockHeading) && Imperative().IsMatch(paragraph.Text):
                    // "Improve our monitoring, especially around mainnet. …": one paragraph per measure, each opening with its verb.
                    Add(context, items, FromLine(paragraph.Text.Split('\n')[0], null), paragraph.Line);
                    break;
                case BlockParagraph when headed && items.Count > 0:
                    // The paragraph under an item's heading is its detail.
                    break;
                default:
                    context.NotUsed(block, section.Heading);
                    break;
            }
        }
        return items.ToImmutable();
    }

    /// <summary>
    /// "| Action Item | Owner |" under a section about something else ("Resolution: … created follow-up action items:"):
    /// a table whose header says it holds action items is read as one wherever it stands.
    /// </summary>
    public static ImmutableList<ActionItem> TablesIn(ReadingContext context, OutlinedSection section)
    {
        var items = ImmutableList.CreateBuilder<ActionItem>();
        foreach (var table in section.Blocks.OfType<BlockTable>().Where(t => t.Header.Select(Key).Any(h => ActionItemsHeader().IsMatch(h))))
        {
            FromTable(context, section, table, items);
        }
        return items.ToImmutable();
    }

    /// <summary>
    /// "To prevent similar issues in the future, we've made a few changes:" over a list, in a section about something
    /// else or before any section: the list is the action items, as blog-style reports write them.
    /// </summary>
    public static ImmutableList<ActionItem> Announced(ReadingContext context, IEnumerable<DocumentBlock> blocks)
    {
        var items = ImmutableList.CreateBuilder<ActionItem>();
        int? depth = null;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case BlockParagraph paragraph:
                    // "Some things you can do to help prevent this …:" is advice to the readers, not the team's own items.
                    depth = Announcement().IsMatch(paragraph.Text.Trim()) && !Reader().IsMatch(paragraph.Text) ? -1 : null;
                    break;
                case BlockListItem item when depth is not null:
                    depth = depth == -1 ? item.Depth : depth;
                    if (item.Depth == depth && item.Text.Length > 0)
                    {
                        Add(context, items, FromLine(item.Text, item.Checked), item.Line);
                    }
                    break;
                default:
                    depth = null;
                    break;
            }
        }
        return items.ToImmutable();
    }

    private static void Add(ReadingContext context, ImmutableList<ActionItem>.Builder items, ActionItem item, int line)
    {
        if (Placeholder().IsMatch(item.Action.Trim()))
        {
            context.Note(line, $"Action item '{ReadingContext.Short(item.Action)}' is a template's placeholder; not read.");
            return;
        }
        context.MapActionItem(line);
        items.Add(item);
    }

    private static void FromTable(ReadingContext context, OutlinedSection section, BlockTable table, ImmutableList<ActionItem>.Builder items)
    {
        var header = table.Header.Select(Key).ToList();
        int Find(Regex pattern) => header.FindIndex(pattern.IsMatch);
        var owner = Find(OwnerHeader());
        var link = Find(LinkHeader());
        var status = Find(StatusHeader());
        var due = Find(DueHeader());
        var priority = Find(PriorityHeader());
        var id = header.FindIndex(h => h is "id" or "number" or "no" or "#" or "");
        bool Free(int i) => i != owner && i != link && i != status && i != due && i != priority && i != id;
        var action = Enumerable.Range(0, header.Count).FirstOrDefault(i => Free(i) && ActionHeader().IsMatch(header[i]), -1);
        if (action < 0 && (owner >= 0 || link >= 0 || status >= 0 || due >= 0 || priority >= 0 || header.TrueForAll(h => h.Length == 0)))
        {
            // A table whose header names no action column is still items when it tracks them (an owner, a ticket, a status).
            action = Enumerable.Range(0, header.Count).FirstOrDefault(Free, -1);
        }
        if (action < 0)
        {
            context.NotUsed(table, section.Heading);
            return;
        }
        foreach (var row in table.Rows)
        {
            string Cell(int i) => i >= 0 && i < row.Cells.Length ? row.Cells[i].Trim() : "";
            var text = Cell(action);
            if (text.Length == 0)
            {
                continue;
            }
            // A Bug cell may carry the status too: "Bug 5554823 **TODO**", "n/a **DONE**".
            var linkText = TimelineRowReader.Plain(Cell(link));
            var linkStatus = StatusSuffix().Match(linkText) is { Success: true } said ? StatusOf(said.Groups["status"].Value) : null;
            if (linkStatus is not null)
            {
                linkText = linkText[..StatusSuffix().Match(linkText).Index].Trim();
            }
            var item = new ActionItem
            {
                Id = Cell(id),
                Action = TimelineRowReader.Plain(text),
                Owner = Cell(owner) is { Length: > 0 } o && !Placeholder().IsMatch(TimelineRowReader.Plain(o)) ? TimelineRowReader.Plain(o) : null,
                TrackerLink = (link >= 0 ? FirstLink(Cell(link)) ?? NonEmpty(linkText) : null)
                    ?? row.Cells.Select(FirstLink).FirstOrDefault(l => l is not null),
                Status = StatusOf(Cell(status)) ?? linkStatus ?? StatusOf(linkText) ?? ActionItemStatus.Open,
            };
            if (due >= 0 && WrittenDate.TryFind(Cell(due), context.Date?.Year, out var deadline))
            {
                item = item with { Deadline = deadline };
            }
            if (priority >= 0 && TryParsePriority(Cell(priority), out var p))
            {
                item = item with { Priority = p, PriorityAsWritten = Cell(priority) };
            }
            Add(context, items, item, row.Line);
        }
    }

    /// <summary>One action item written as a line: its owner, status, link and deadline as far as the line states them.</summary>
    public static ActionItem FromLine(string text, bool? isChecked)
    {
        var line = text.Trim();
        var status = isChecked switch { true => ActionItemStatus.Done, false => ActionItemStatus.Open, null => (ActionItemStatus?)null };
        if (StatusPrefix().Match(line) is { Success: true } prefix)
        {
            status = StatusOf(prefix.Groups["status"].Value) ?? status;
            line = line[prefix.Length..].Trim();
        }
        if (line.StartsWith("~~", StringComparison.Ordinal) && line.Contains("~~", StringComparison.Ordinal))
        {
            status = ActionItemStatus.Done;
        }
        if (StatusSuffix().Match(line) is { Success: true } suffix)
        {
            status = StatusOf(suffix.Groups["status"].Value) ?? status;
        }
        string? owner = null;
        if (LeadingOwner().Match(line) is { Success: true } lead && IsOwnerTag(lead.Groups["name"].Value))
        {
            // "[ICL] Rotate the deploy keys", "[Hypha + ICL] …": the owner tagged before the action.
            owner = lead.Groups["name"].Value.Trim();
            line = line[lead.Length..].Trim();
        }
        else if (OwnerField().Match(line) is { Success: true } field)
        {
            owner = field.Groups["owner"].Value.Trim().TrimEnd('.', ',', ';', ')');
        }
        else if (Handle().Match(line) is { Success: true } handle)
        {
            owner = handle.Value;
        }
        else if (TrailingName().Match(line) is { Success: true } name && !NotNames.Contains(name.Groups["name"].Value.Trim()))
        {
            owner = name.Groups["name"].Value.Trim();
        }
        var item = new ActionItem
        {
            Action = TimelineRowReader.Plain(Strike().Replace(line, "")),
            Owner = owner is { Length: > 0 } ? owner : null,
            TrackerLink = FirstLink(line),
            Status = status ?? ActionItemStatus.Open,
        };
        if (DueField().Match(line) is { Success: true } due && WrittenDate.TryFind(due.Groups["date"].Value, null, out var deadline))
        {
            item = item with { Deadline = deadline };
        }
        return item;
    }

    // A tag before an action that sorts it rather than names who does it: "[Monitoring] Add an alert".
    private static readonly HashSet<string> NotOwnerTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "monitoring", "alerting", "alerts", "observability", "logging", "metrics", "process", "processes", "security",
        "infra", "infrastructure", "docs", "doc", "documentation", "testing", "tests", "test", "tooling", "tools", "code",
        "config", "configuration", "deploy", "deployment", "deployments", "release", "ops", "operations", "communication",
        "communications", "comms", "training", "people", "backend", "frontend", "database", "db", "network", "networking",
        "ci", "cd", "ci/cd", "api", "ui", "ux", "feature", "chore", "fix", "bugfix", "prevention", "prevent", "detection",
        "detect", "mitigation", "mitigate", "response", "recovery", "repair", "short-term", "long-term", "short term",
        "long term", "immediate", "follow-up", "followup", "investigate", "investigation", "action", "note", "optional",
        "nice to have", "stretch", "capacity", "performance", "reliability", "resilience", "automation", "runbook",
        "runbooks", "policy", "support", "customer", "customers", "product", "design", "data", "storage", "cost",
    };

    private static bool IsOwnerTag(string tag)
    {
        var t = tag.Trim();
        return !NotNames.Contains(t) && !NotOwnerTags.Contains(t) && !PriorityTag().IsMatch(t);
    }

    /// <summary>The status a word states, or null when it states none.</summary>
    public static ActionItemStatus? StatusOf(string text) => Key(text) switch
    {
        "done" or "complete" or "completed" or "fixed" or "resolved" or "closed" or "merged" or "yes" or "x" => ActionItemStatus.Done,
        "todo" or "open" or "notstarted" or "planned" or "pending" or "new" or "no" => ActionItemStatus.Open,
        "inprogress" or "wip" or "ongoing" or "started" or "doing" => ActionItemStatus.InProgress,
        "wontdo" or "wontfix" or "dropped" or "cancelled" or "canceled" => ActionItemStatus.WontDo,
        _ when text.Contains('✓') || text.Contains('✔') || text.Contains('✅') => ActionItemStatus.Done,
        _ => null,
    };

    private static string? NonEmpty(string text) =>
        text.Length > 0 && Key(text) is not ("" or "na" or "none" or "tbd") && StatusOf(text) is null ? text : null;

    public static string? FirstLink(string text) =>
        MarkdownLink().Match(text) is { Success: true } md ? md.Groups["url"].Value
        : BareLink().Match(text) is { Success: true } bare ? bare.Value.TrimEnd('.', ',', ')', '>')
        : null;

    [GeneratedRegex(@"^(?:actionitems?|followups?|followupactions?|correctiveactions?|remediationitems?)$")]
    private static partial Regex ActionItemsHeader();

    [GeneratedRegex(@"^(?:owner|owners|assignee|assignees|assignedto|who|responsible|dri|person)$")]
    private static partial Regex OwnerHeader();

    [GeneratedRegex(@"^(?:bug|bugs|ticket|tickets|issue|issues|link|links|tracking|tracker|jira|pr|prs|url|reference|references|github|githubissue)")]
    private static partial Regex LinkHeader();

    [GeneratedRegex(@"^(?:status|state|done|progress|resolved|complete|completed)$")]
    private static partial Regex StatusHeader();

    [GeneratedRegex(@"^(?:due|deadline|duedate|targetdate|target|eta|by|when|dueby|date)$")]
    private static partial Regex DueHeader();

    [GeneratedRegex(@"^(?:priority|pri|p|prio|importance)$")]
    private static partial Regex PriorityHeader();

    [GeneratedRegex(@"^(?:action|actions|actionitem|actionitems|item|items|task|tasks|description|what|remediation|todo|title|summary|followup|followups|correctiveaction|correctiveactions|improvement|fix)")]
    private static partial Regex ActionHeader();

    [GeneratedRegex(@"^(?:\*\*|__)?[\[(]?(?<status>DONE|DOING|TODO|WIP|FIXED|COMPLETED?|IN[ -]PROGRESS|✓|✔|✅|☐|☑)[\])]?(?:\*\*|__)?\s*[:\-–—]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex StatusPrefix();

    [GeneratedRegex(@"(?:[\[(](?<status>done|todo|wip|fixed|completed?|in progress|✓|✔|✅)[\])]|(?<![\w-])(?<status>DONE|TODO|✓|✔|✅))\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex StatusSuffix();

    [GeneratedRegex(@"\b(?:owners?|assignee|assigned\s+to|dri)\s*[:=]\s*(?<owner>@?[\w.-]+(?:\s+[A-Z][\w-]+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerField();

    // "[ICL] …", "[Hypha + ICL]: …" — not a link ("[text](url)", "[#2226]: …") nor a checkbox.
    [GeneratedRegex(@"^\[(?<name>@?[A-Za-z][\w.-]+(?:\s*(?:\+|&|,|/|\band\b)\s*@?[A-Za-z][\w.-]+){0,3})\](?![(\[])\s*[:\-–—]?\s+(?=\S)")]
    private static partial Regex LeadingOwner();

    [GeneratedRegex(@"^(?:P\d|SEV\s?\d|S\d|Q\d|v?\d[\w.]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PriorityTag();

    [GeneratedRegex(@"(?<![\w/@.])@[A-Za-z0-9][\w-]{1,38}\b")]
    private static partial Regex Handle();

    [GeneratedRegex(@"\((?<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|[a-z]{3,12})\)\s*\.?\s*$")]
    private static partial Regex TrailingName();

    [GeneratedRegex(@"\b(?:due|deadline|by|until|before|eta)\s*:?\s*(?<date>(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}))", RegexOptions.IgnoreCase)]
    private static partial Regex DueField();

    [GeneratedRegex(@"\[[^\]]*\]\((?<url>[^)\s]+)[^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"https?://[^\s<>\]]+")]
    private static partial Regex BareLink();

    [GeneratedRegex(@"~~")]
    private static partial Regex Strike();

    // What a template leaves in a cell to be filled in: "???", "-", "N/A", "TBD", "… another item".
    [GeneratedRegex(@"^(?:[?\-–—_.…\s]+|n/?a|none|tbd|tba|unknown|unassigned|(?:\.\.\.|…)\s*\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^(?:Add|Adopt|Alert|Automate|Build|Create|Define|Document|Enable|Establish|Have|Implement|Improve|Increase|Introduce|Know|"
        + @"Limit|Make|Migrate|Monitor|Move|Publish|Reduce|Remove|Replace|Require|Review|Run|Set\s+up|Share|Test|Update|Upgrade|Use|Write)\s+\w")]
    private static partial Regex Imperative();

    [GeneratedRegex(@"(?:\bto\s+prevent\b|\bprevent\s+(?:this|similar|it|a\s+repeat|recurrence)|\bgoing\s+forward\b|\bin\s+the\s+future\b|\bfollow[\s-]?ups?\b|\baction\s+items?\b|\bwe(?:['’]ve|\s+have|\s+will|['’]ll|\s+are)\s+(?:\w+\s+){0,3}?(?:changes|steps|measures|improvements|actions))[^:]{0,120}:$", RegexOptions.IgnoreCase)]
    private static partial Regex Announcement();

    [GeneratedRegex(@"\byou(?:r)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reader();

    [GeneratedRegex(@"^\[[^\]]+\]\([^)\s]+\)(?:\s*[-–—:]\s*\S.*)?$")]
    private static partial Regex LinkLine();

    [GeneratedRegex(@"^\s*(?:\*\*)?\d{1,2}[.)]\s+(?<item>\S.*)$")]
    private static partial Regex NumberedHeading();
}
