namespace PostMortemFlow.Domain.Reporting.Reading;

public sealed record BlockTableRow(int Line, ImmutableArray<string> Cells);
