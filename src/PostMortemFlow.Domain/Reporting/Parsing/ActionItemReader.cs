using PostMortemFlow.Domain.Model;
using static PostMortemFlow.Domain.Reporting.Parsing.ReportFormat;

namespace PostMortemFlow.Domain.Reporting.Parsing;

/// <summary>The Action Items table: ID | Action | Owner | Deadline | Priority, and optionally Status, Ticket, Category.</summary>
internal static class ActionItemReader
{
    private static readonly string[] Paths = ["", ".id", ".action", ".owner", ".deadline", ".priority", ".status"];

    public static ImmutableList<ActionItem> Read(ReportSource source, ReportSection section)
    {
        if (source.Table(section, "actionItems") is not { } table)
        {
            return [];
        }
        var id = table.Column(0, "id");
        var action = table.Column(1, "action", "actionitem");
        var owner = table.Column(2, "owner", "owners", "assignee");
        var deadline = table.Column(3, "deadline", "due", "duedate", "targetdate");
        var priority = table.Column(4, "priority");
        var status = table.Column(-1, "status");
        var ticket = table.Column(-1, "ticket", "tracker", "trackerlink");
        var category = table.Column(-1, "category");

        var items = ImmutableList.CreateBuilder<ActionItem>();
        var mapped = new List<string>();
        foreach (var (cells, line) in table.Rows)
        {
            string Cell(int column) => PipeTable.Get(cells, column);
            var item = new ActionItem
            {
                Id = Cell(id),
                Action = Cell(action),
                Owner = Cell(owner) is { Length: > 0 } o && o != "-" ? o : null,
                TrackerLink = Cell(ticket) is { Length: > 0 } t && t != "-" ? t : null,
            };
            var deadlineText = Cell(deadline);
            if (TryParseDate(deadlineText, out var due))
            {
                item = item with { Deadline = due };
            }
            else if (deadlineText is not ("" or "-"))
            {
                source.Problem(line, $"Action item deadline '{deadlineText}' is not a date (yyyy-MM-dd).");
            }
            if (!TryParsePriority(Cell(priority), out var p))
            {
                source.Problem(line, $"Action item priority '{Cell(priority)}' is not high, medium, low or P0–P3.");
            }
            else
            {
                var canonical = Priority(p);
                if (Key(Cell(priority)) != Key(canonical))
                {
                    mapped.Add($"{Cell(priority)} → {canonical}");
                }
                item = item with { Priority = p, PriorityAsWritten = Cell(priority) == canonical ? null : Cell(priority) };
            }
            if (TryParseStatus(Cell(status), out var s))
            {
                item = item with { Status = s };
            }
            else
            {
                source.Problem(line, $"Action item status '{Cell(status)}' is not open, in-progress, done or wont-do.");
            }
            if (Cell(category) is { Length: > 0 } c)
            {
                if (TryParseCategory(c, out var cat))
                {
                    item = item with { Category = cat };
                }
                else
                {
                    source.Problem(line, $"Action item category '{c}' is unknown.");
                }
            }
            var key = item.Id.Length > 0 ? item.Id : items.Count.ToString(Invariant);
            foreach (var path in Paths)
            {
                source.Map.Add($"actionItems[{key}]{path}", line);
            }
            items.Add(item);
        }
        if (mapped.Count > 0)
        {
            source.Note(section.HeadingLine + 1, $"Action item priorities read as: {string.Join(", ", mapped.Distinct())}.");
        }
        return items.ToImmutable();
    }
}
