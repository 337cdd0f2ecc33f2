namespace PostMortemFlow.Domain.Reporting.Reading;

/// <summary>A heading of level 1 (the largest) to 6.</summary>
public sealed record BlockHeading(int Line, int Level, string Text) : DocumentBlock(Line);
