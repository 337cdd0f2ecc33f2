using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Reporting.Parsing;

/// <summary>The Data Gaps table: Source | From | To | Reason.</summary>
internal static class DataGapReader
{
    public static ImmutableList<DataGap> Read(ReportSource source, ReportSection section)
    {
        if (source.Table(section, "dataGaps") is not { } table)
        {
            return [];
        }
        var origin = table.Column(0, "source");
        var from = table.Column(1, "from", "fromutc");
        var to = table.Column(2, "to", "toutc");
        var reason = table.Column(3, "reason");
        var gaps = ImmutableList.CreateBuilder<DataGap>();
        foreach (var (cells, line) in table.Rows)
        {
            if (!WrittenTime.TryParse(PipeTable.Get(cells, from), source.Date, null, out var start)
                || !WrittenTime.TryParse(PipeTable.Get(cells, to), source.Date, start, out var end))
            {
                source.Problem(line, $"Data gap interval '{PipeTable.Get(cells, from)}'–'{PipeTable.Get(cells, to)}' cannot be read.");
                continue;
            }
            source.Map.Add($"dataGaps[{gaps.Count}]", line);
            gaps.Add(new DataGap { Source = PipeTable.Get(cells, origin), From = start, To = end, Reason = PipeTable.Get(cells, reason) });
        }
        return gaps.ToImmutable();
    }
}
