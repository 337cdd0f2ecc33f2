namespace PostMortemFlow.Domain.Reporting.Reading;

/// <summary>
/// One item of a bulleted or numbered list, without its marker. <paramref name="Depth"/> is 0 for a top-level item;
/// <paramref name="Checked"/> is null when the item has no checkbox.
/// </summary>
public sealed record BlockListItem(int Line, int Depth, string Text, bool? Checked = null) : DocumentBlock(Line);
