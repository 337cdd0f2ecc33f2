namespace PostMortemFlow.Domain.Reporting.Reading;

/// <summary>A code block or preformatted text: log excerpts and commands, never rows or items.</summary>
public sealed record BlockCode(int Line, string Text) : DocumentBlock(Line);
