using Markdig.Extensions.Tables;
using static PostMortemFlow.Domain.Reporting.Parsing.ReportFormat;

namespace PostMortemFlow.Domain.Reporting.Parsing;

/// <summary>A pipe table's header (as keys) and its rows' cells, read from the source lines.</summary>
internal sealed class PipeTable
{
    private readonly List<string> _columns;

    private PipeTable(List<string> columns, List<(List<string> Cells, int Line)> rows)
    {
        _columns = columns;
        Rows = rows;
    }

    /// <summary>The body rows with their 1-based line.</summary>
    public IReadOnlyList<(List<string> Cells, int Line)> Rows { get; }

    /// <summary>The section's first table, or null when it has none.</summary>
    public static PipeTable? FirstIn(ReportSection section, string[] lines) =>
        section.Blocks.OfType<Table>().FirstOrDefault() is { } table ? Read(table, lines) : null;

    private static PipeTable Read(Table table, string[] lines)
    {
        var columns = new List<string>();
        var rows = new List<(List<string>, int)>();
        foreach (var row in table.OfType<TableRow>())
        {
            var cells = SplitRow(lines[row.Line]);
            if (row.IsHeader)
            {
                columns = cells.Select(Key).ToList();
            }
            else
            {
                rows.Add((cells, row.Line + 1));
            }
        }
        return new PipeTable(columns, rows);
    }

    /// <summary>The first column named one of <paramref name="names"/>, else <paramref name="fallback"/> when it exists, else -1.</summary>
    public int Column(int fallback, params string[] names)
    {
        var index = _columns.FindIndex(c => names.Contains(c));
        return index >= 0 ? index : fallback < _columns.Count ? fallback : -1;
    }

    public static string Get(List<string> cells, int column) =>
        column >= 0 && column < cells.Count ? cells[column] : "";

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
}
