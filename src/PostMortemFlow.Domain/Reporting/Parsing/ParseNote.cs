namespace PostMortemFlow.Domain.Reporting.Parsing;

/// <summary>How the parser read something written in a way the model spells differently; <paramref name="Line"/> is 1-based.</summary>
public sealed record ParseNote(int Line, string Message);
