namespace PostMortemFlow.Domain.Insights;

/// <summary>One UTC week (Monday first) of action items: opened, closed, and still open at its end — is the backlog growing?</summary>
public sealed record ActionItemWeek(DateOnly WeekStart, int Opened, int Closed, int OpenAtEnd);
