namespace PostMortemFlow.Domain.Reporting.Reading;

/// <summary>A table: its header cells as written, and its body rows.</summary>
public sealed record BlockTable(int Line, ImmutableArray<string> Header, ImmutableArray<BlockTableRow> Rows) : DocumentBlock(Line);
