namespace PostMortemFlow.Domain.Reporting.Reading;

/// <summary>A paragraph; its text keeps the author's line breaks as '\n'.</summary>
public sealed record BlockParagraph(int Line, string Text) : DocumentBlock(Line);
