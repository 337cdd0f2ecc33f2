using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Tests.TestData;

/// <summary>The method's own example (API degradation, 2025-02-09) as a model; Fixtures/api-degradation-2025-02-09.md is its rendering.</summary>
public static class SeedExample
{
    public const string FixtureFile = "api-degradation-2025-02-09.md";

    public static string FixturePath => Path.Combine(AppContext.BaseDirectory, "Fixtures", FixtureFile);

    private static DateTimeOffset At(int hour, int minute) => new(2025, 2, 9, hour, minute, 0, TimeSpan.Zero);

    public static PostMortem Create() => new()
    {
        Title = "API degradation",
        Incident = new Incident
        {
            Id = "INC-2025-0209",
            Source = IncidentSource.Alertmanager,
            Severity = Severity.Sev2,
            AffectedServices = ["orders-api", "orders-db"],
            StartedAt = At(10, 5),
            EndedAt = At(10, 35),
        },
        Authors = ["@mkowalski", "@jnovak"],
        Reviewers = ["@asmith"],
        ReviewedOn = new DateOnly(2025, 2, 11),
        ExecutiveSponsor = "@vp-engineering",
        Summary = """
            On 2025-02-09 from 10:05 to 10:35 UTC the orders API answered with 5xx errors at about 25.7 requests
            per second (baseline 0.2/s). A query shipped in v2.3.0 ran without a supporting index, held database
            connections for seconds instead of milliseconds and exhausted the connection pool of 20 connections.
            The rollback to v2.2.4 restored normal service; the missing index has since been added.
            """,
        Impact = new Impact
        {
            FailedRequests = 46_260,
            CustomersAffected = 1_850,
            EstimatedRevenueImpact = 8_400m,
            Description = "Checkout and order history requests failed or timed out for most of the window. No data was lost.",
        },
        RootCause = """
            The order search query introduced in v2.3.0 filtered the orders table on `customer_ref`, a column
            without an index, so PostgreSQL scanned the whole table on every call. Each call held its database
            connection for several seconds, the pool of 20 connections was exhausted, and new requests timed out
            with 5xx errors. The release process has no query-plan review before deploy, and database alerts fire
            only on total failure, so the saturation stayed invisible until the API error-rate alert fired.
            """,
        Timeline =
        [
            Entry(At(10, 5), "First 5xx errors on the orders API (error rate ~25.7/s vs baseline 0.2/s)", "Grafana API dashboard", "System", TimelineEntryKind.FirstSymptom),
            Entry(At(10, 8), "HighErrorRate alert fires", "Alertmanager", "System", TimelineEntryKind.Detected),
            Entry(At(10, 9), "On-call engineer paged", "PagerDuty", "System", TimelineEntryKind.Paged),
            Entry(At(10, 12), "Page acknowledged", "PagerDuty", "@mkowalski", TimelineEntryKind.Acknowledged),
            Entry(At(10, 18), "Database connection pool (20 connections) found exhausted", "pg_stat_activity", "@mkowalski", TimelineEntryKind.Event),
            Entry(At(10, 24), "Cause identified: the v2.3.0 order search query scans the orders table without an index", "#inc-orders-api chat", "@jnovak", TimelineEntryKind.Diagnosed),
            Entry(At(10, 29), "Mitigation deployed: rollback to v2.2.4", "Deploy pipeline", "@jnovak", TimelineEntryKind.Mitigated),
            Entry(At(10, 35), "Error rate back to normal (0.2/s)", "Grafana API dashboard", "System", TimelineEntryKind.Recovered),
            Entry(At(10, 50), "Incident marked resolved", "PagerDuty", "@mkowalski", TimelineEntryKind.Resolved),
        ],
        Analysis = new Analysis
        {
            ImmediateCauses =
            [
                "The database connection pool of 20 connections was exhausted.",
                "A query shipped in v2.3.0 lacked an index on `orders.customer_ref`.",
            ],
            Factors =
            [
                new ContributingFactor
                {
                    Description = "The v2.3.0 release shipped a query without a supporting index",
                    Category = FactorCategory.ChangeManagement,
                    Whys =
                    [
                        "Why did the API return 5xx errors? Requests waited for a database connection and timed out.",
                        "Why were no connections free? Every connection in the pool was held by the new order search query for several seconds.",
                        "Why did that query run for seconds? It filtered orders by `customer_ref`, a column without an index, so the whole table was scanned.",
                        "Why did the query pass testing? The staging database holds 5,000 orders, where a full scan finishes in milliseconds.",
                        "Why was the plan not checked against production-sized data? The release process has no query-plan review step before deploy.",
                    ],
                },
                new ContributingFactor
                {
                    Description = "Connection pool saturation was not monitored",
                    Category = FactorCategory.Monitoring,
                    Whys =
                    [
                        "Why was the pool exhaustion found only at 10:18? No dashboard shows pool usage; it was found by querying pg_stat_activity.",
                        "Why does no dashboard show it? The application exports pool metrics, but they were never added to the Grafana API dashboard.",
                        "Why was there no alert on saturation? Database alerts fire only when the database is unreachable.",
                        "Why only on total failure? The alert rules were written for the original single-instance setup and not revisited.",
                        "Why were they not revisited? Alert coverage has no periodic review against recent incidents.",
                    ],
                },
                new ContributingFactor
                {
                    Description = "The pool of 20 connections had no headroom for slower queries",
                    Category = FactorCategory.Capacity,
                    Whys =
                    [
                        "Why did slow queries exhaust the pool within minutes? 20 connections cover peak traffic only while queries stay under about 500 ms.",
                        "Why is the pool sized at 20? The size was set when the service launched.",
                        "Why was it never recalculated? Capacity planning covers CPU and memory of the API, not database connections.",
                        "Why are database connections not in the capacity model? The model predates the move to the shared PostgreSQL cluster.",
                        "Why was the model not updated after the move? Capacity reviews have no fixed schedule or owner.",
                    ],
                },
                new ContributingFactor
                {
                    Description = "No runbook covered database connection saturation",
                    Category = FactorCategory.Runbook,
                    Whys =
                    [
                        "Why did mitigation take 24 minutes from the first error? The diagnosis and rollback steps had to be worked out during the incident.",
                        "Why? No runbook covers database connection saturation.",
                        "Why is there no such runbook? Runbooks are written only after an incident of that kind, and this was the first.",
                        "Why only afterwards? Runbook writing is not planned work on the team's roadmap.",
                        "Why is it not planned? The service readiness review has no operational-readiness checklist.",
                    ],
                },
            ],
            SystemicIssues =
            [
                "No query-plan review before deploy.",
                "Database alerts fire only on total failure.",
                "Staging data volumes are far below production, so performance regressions pass testing.",
            ],
        },
        ActionItems =
        [
            Action("AI-001", "Add connection pool metrics (in use, waiting, timeouts) to the Grafana API dashboard", "@mkowalski", 2, 14, ActionPriority.High, FactorCategory.Monitoring),
            Action("AI-002", "Alert when pool usage exceeds 80% for 5 minutes", "@mkowalski", 2, 14, ActionPriority.High, FactorCategory.Monitoring),
            Action("AI-003", "Create runbook: DB connection saturation (diagnosis queries, rollback and pool-resize steps)", "@jnovak", 2, 21, ActionPriority.Medium, FactorCategory.Runbook),
            Action("AI-004", "Add an EXPLAIN-based query-plan check for changed queries to the deploy pipeline, run against a production-sized snapshot", "@jnovak", 3, 7, ActionPriority.High, FactorCategory.ChangeManagement),
            Action("AI-005", "Add the index on orders.customer_ref and confirm the v2.3.0 search query plan uses it", "@jnovak", 2, 12, ActionPriority.High, FactorCategory.ChangeManagement),
            Action("AI-006", "Recalculate the connection pool size from peak request rate and p99 query latency and record it in the capacity plan", "@asmith", 2, 28, ActionPriority.Medium, FactorCategory.Capacity),
        ],
        WhatWentWell =
        [
            "The HighErrorRate alert fired three minutes after the first errors.",
            "The page was acknowledged three minutes after it was sent.",
            "The rollback to v2.2.4 took under five minutes with the existing deploy pipeline.",
        ],
        LessonsLearned =
        [
            "Connection pool saturation is an early signal of slow queries and needs its own metric and alert.",
            "Tests on a small staging database cannot reveal query-plan regressions.",
            "A runbook for the first minutes of a database incident shortens diagnosis.",
        ],
    };

    private static TimelineEntry Entry(DateTimeOffset time, string text, string source, string actor, TimelineEntryKind kind) =>
        new() { Time = time, Event = text, Source = source, Actor = actor, Kind = kind };

    private static ActionItem Action(string id, string action, string owner, int month, int day, ActionPriority priority, FactorCategory category) =>
        new()
        {
            Id = id,
            Action = action,
            Owner = owner,
            Deadline = new DateOnly(2025, month, day),
            Priority = priority,
            Category = category,
        };
}
