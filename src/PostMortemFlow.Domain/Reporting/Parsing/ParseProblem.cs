namespace PostMortemFlow.Domain.Reporting.Parsing;

/// <summary>Content the parser could not read; <paramref name="Line"/> is 1-based.</summary>
public sealed record ParseProblem(int Line, string Message);
