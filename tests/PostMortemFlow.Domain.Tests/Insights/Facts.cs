using PostMortemFlow.Domain.Insights;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Tests.Insights;

/// <summary>Short ways to write the facts of a post-mortem in a test's table.</summary>
internal static class Facts
{
    public static readonly DateTimeOffset March = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    public static PostMortemFacts Pm(string id, params (FactorCategory Category, string Text)[] factors) => new()
    {
        Id = id,
        Title = "Incident " + id,
        StartedAt = March,
        PublishClockStart = March.AddHours(1),
        Services = ["api"],
        Severity = Severity.Sev2,
        Factors = [.. factors.Select(f => new FactorFact(f.Category, f.Text))],
    };

    public static TimeSpan? Min(int? minutes) => minutes is { } m ? TimeSpan.FromMinutes(m) : null;
}
