namespace PostMortemFlow.Server.Tests.Process;

/// <summary>Request bodies for the JSON API, written as a client would send them (enums as strings, UTC times with "Z").</summary>
public static class SampleRequests
{
    public static object Declaration(string title, DateTimeOffset startedAt, DateTimeOffset endedAt) => new
    {
        title,
        severity = "Sev1",
        services = new[] { "orders-api", "orders-db" },
        startedAt = Utc(startedAt),
        endedAt = Utc(endedAt),
        authors = new[] { "sre-team@example.com" },
        reviewers = new[] { "orders-team@example.com" },
        sponsor = "vp-engineering@example.com",
    };

    /// <summary>A timeline the timeline rules accept: in order, UTC, with detection, mitigation and resolution.</summary>
    public static object Timeline(DateTimeOffset startedAt, DateTimeOffset endedAt)
    {
        var mitigated = startedAt + (endedAt - startedAt) / 2;
        return new
        {
            by = "sre-oncall",
            entries = new object[]
            {
                Row(startedAt, "Alert HighErrorRate fires", "Alertmanager", "Detected"),
                Row(mitigated, "Rollback to the previous release deployed", "Deploy pipeline", "Mitigated"),
                Row(endedAt, "Incident marked resolved", "PagerDuty", "Resolved"),
            },
        };
    }

    public static object Analysis() => new
    {
        summary = "The orders API answered part of its requests with errors until a rollback restored service.",
        impact = new { failedRequests = 18400, customersAffected = 1250, description = "Checkout returned errors." },
        rootCause = "A query shipped without an index held database connections until the pool ran out.",
        analysis = new
        {
            immediateCauses = new[] { "The database connection pool was exhausted." },
            factors = new object[]
            {
                new
                {
                    description = "The release process has no query-plan review for new queries.",
                    category = "ChangeManagement",
                    whys = new[]
                    {
                        "Why did the query ship without an index? The review checked the code, not the query plan.",
                        "Why not the plan? The review checklist does not ask for one.",
                    },
                },
            },
            systemicIssues = new[] { "No query-plan review before deploy." },
        },
        actionItems = new object[]
        {
            new { id = "AI-001", action = "Add an EXPLAIN check for new queries to the release gate", owner = "platform-team@example.com", deadline = "2030-01-31", priority = "High" },
        },
        whatWentWell = new[] { "The alert fired three minutes after the first errors." },
        lessonsLearned = new[] { "Query performance depends on data volume." },
    };

    private static object Row(DateTimeOffset time, string what, string source, string kind) =>
        new { time = Utc(time), @event = what, source, kind };

    private static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
