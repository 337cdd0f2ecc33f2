using System.Collections.Immutable;
using System.Globalization;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Benchmarks;

/// <summary>
/// A complete post-mortem that every rule accepts (a copy of the Domain tests' valid example), moved to today
/// so the publish timers it starts are due in the future: the declared workflows stay open, holding reminders.
/// </summary>
public static class BenchPostMortems
{
    private static readonly DateTimeOffset OriginalDay = new(2025, 2, 9, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The example with every date moved by whole days so the incident happened on <paramref name="today"/>.</summary>
    public static PostMortem Valid(DateTimeOffset today)
    {
        var days = (today.UtcDateTime.Date - OriginalDay.UtcDateTime).Days;
        var at = (int hour, int minute) => OriginalDay.AddDays(days).AddHours(hour).AddMinutes(minute);
        var on = (int month, int day) => DateOnly.FromDateTime(new DateTime(2025, month, day, 0, 0, 0, DateTimeKind.Utc)).AddDays(days);
        return new PostMortem
        {
            Title = "Post-Mortem: Orders API degradation from database connection pool exhaustion",
            Incident = new Incident
            {
                Id = "INC-BENCH",
                Source = IncidentSource.Alertmanager,
                Severity = Severity.Sev2,
                AffectedServices = ["orders-api", "orders-db"],
                StartedAt = at(10, 5),
                EndedAt = at(10, 35),
            },
            Authors = ["ana@example.com"],
            Reviewers = ["rui@example.com", "mei@example.com"],
            ExecutiveSponsor = "vp@example.com",
            Summary =
                "From 10:05 to 10:35 UTC the orders API answered about 12 % of requests with 5xx errors. " +
                "A query shipped in v2.3.0 lacked an index; its slow executions held database connections until " +
                "the pool of 20 connections was exhausted. Rolling back to v2.2.4 restored normal service.",
            Impact = new Impact
            {
                FailedRequests = 18_400,
                CustomersAffected = 1_250,
                EstimatedRevenueImpact = 9_800m,
                Description = "Checkout and order history returned errors for 30 minutes.",
            },
            RootCause =
                "The order history query added in v2.3.0 ran without an index on orders(customer_id, created_at), " +
                "so each execution held a connection for several seconds and the pool of 20 connections ran out.",
            Timeline = Timeline(at),
            Analysis = Analysis(),
            ActionItems =
            [
                Item("AI-001", "Add an index on orders(customer_id, created_at) and ship it in v2.3.1", "orders-team", on(2, 12), ActionPriority.High, FactorCategory.Testing),
                Item("AI-002", "Alert when db_pool_in_use / db_pool_size stays above 0.8 for 5 minutes on orders-db", "sre-team", on(2, 21), ActionPriority.High, FactorCategory.Monitoring),
                Item("AI-003", "Add an EXPLAIN check for new queries to the release gate of the deploy pipeline", "platform-team", on(3, 7), ActionPriority.High, FactorCategory.ChangeManagement),
                Item("AI-004", "Seed staging with an anonymised 10 % production snapshot before each release load test", "qa-team", on(3, 14), ActionPriority.Medium, FactorCategory.Testing),
                Item("AI-005", "Raise the orders-db pool from 20 to 40 connections after a load test at 2x peak traffic", "dba-team", on(2, 28), ActionPriority.Medium, FactorCategory.Capacity),
                Item("AI-006", "Add a pool-exhaustion section with the rollback command to the orders-api runbook", "sre-team", on(2, 21), ActionPriority.Low, FactorCategory.Runbook),
            ],
            WhatWentWell = ["HighErrorRate fired 3 minutes after the first errors.", "The rollback to v2.2.4 took 5 minutes."],
            LessonsLearned =
            [
                "Query performance depends on data volume, which staging does not reproduce.",
                "Saturation of pools is an earlier signal than errors.",
            ],
        };
    }

    /// <summary>The example's analysis as the analysis review edits it, with a revision mark in the summary.</summary>
    public static AnalysisDraft AnalysisEdit(PostMortem draft, int revision) => new()
    {
        Summary = string.Create(CultureInfo.InvariantCulture, $"{draft.Summary} Revision {revision}."),
        Impact = draft.Impact,
        RootCause = draft.RootCause,
        Analysis = draft.Analysis,
        ActionItems = draft.ActionItems,
        WhatWentWell = draft.WhatWentWell,
        LessonsLearned = draft.LessonsLearned,
    };

    /// <summary>The example's timeline with one row reworded, as a reviewer's edit would.</summary>
    public static ImmutableList<TimelineEntry> TimelineEdit(PostMortem draft, int revision)
    {
        var row = draft.Timeline[4];
        return draft.Timeline.SetItem(4, row with { Event = string.Create(CultureInfo.InvariantCulture, $"{row.Event} (revision {revision})") });
    }

    private static ImmutableList<TimelineEntry> Timeline(Func<int, int, DateTimeOffset> at) =>
    [
        Row(at(10, 5), "5xx rate of orders-api rises above 1 %", "Prometheus", TimelineEntryKind.FirstSymptom),
        Row(at(10, 8), "Alert HighErrorRate fires", "Alertmanager", TimelineEntryKind.Detected),
        Row(at(10, 9), "On-call SRE paged", "PagerDuty", TimelineEntryKind.Paged),
        Row(at(10, 11), "Page acknowledged", "PagerDuty", TimelineEntryKind.Acknowledged, "sre-oncall", written: true),
        Row(at(10, 16), "orders-db connection pool at 20 of 20 connections in use", "Grafana", TimelineEntryKind.Event, "sre-oncall", written: true),
        Row(at(10, 22), "Order history query from v2.3.0 found running without an index", "orders-db slow query log", TimelineEntryKind.Diagnosed, "sre-oncall", written: true),
        Row(at(10, 27), "Rollback to v2.2.4 deployed", "Deploy pipeline", TimelineEntryKind.Mitigated, "sre-oncall", written: true),
        Row(at(10, 35), "5xx rate back below 0.1 %", "Prometheus", TimelineEntryKind.Recovered),
        Row(at(10, 50), "Incident marked resolved", "PagerDuty", TimelineEntryKind.Resolved, "sre-oncall", written: true),
    ];

    private static Analysis Analysis() => new()
    {
        ImmediateCauses = ["The pool of 20 database connections was exhausted.", "A query shipped in v2.3.0 lacked an index."],
        Factors =
        [
            Factor("The connection pool had no headroom for slow queries.", FactorCategory.Capacity,
                "Why did requests fail? No database connection was free within the 5 s timeout.",
                "Why was none free? Slow queries held all 20 connections.",
                "Why only 20? The pool size dates from 2022 and was sized for a third of today's traffic.",
                "Why was it not revisited? Capacity reviews cover CPU and memory, not connection pools.",
                "Why not pools? The capacity review template has no section for them."),
            Factor("The release load test ran on a dataset too small to expose the missing index.", FactorCategory.Testing,
                "Why did the load test pass? The query was fast on the staging data.",
                "Why was it fast? Staging holds 40 000 orders, production 90 million.",
                "Why so few? Staging is seeded from fixtures, not from a production-sized snapshot.",
                "Why fixtures? Snapshots need anonymisation, and no pipeline for it exists.",
                "Why no pipeline? Test data has no owner in the release process."),
            Factor("The release process has no query-plan review for new queries.", FactorCategory.ChangeManagement,
                "Why did the query ship without an index? The review checked the code, not the query plan.",
                "Why not the plan? The review checklist does not ask for one.",
                "Why not? Query plans were reviewed by the database team until 2023, outside the pipeline.",
                "Why did that stop? The team was merged into platform and the step was not carried over.",
                "Why was the gap unseen? Release steps are not documented in one place."),
            Factor("Database alerts fire only on total failure, not on pool saturation.", FactorCategory.Monitoring,
                "Why did the first alert come from the API? The database alerts only on being unreachable.",
                "Why only then? The alert rules were written for the previous single-node setup.",
                "Why were they kept? Alert rules are not part of the migration checklist.",
                "Why is pool usage not alerted? The metric is exported but on no dashboard or rule.",
                "Why on none? New metrics get no review of which alerts they need."),
        ],
        SystemicIssues =
        [
            "No query-plan review before deploy.",
            "Database alerts only on total failure.",
            "Staging data is far smaller than production, so load tests miss data-dependent slowness.",
        ],
    };

    private static ContributingFactor Factor(string description, FactorCategory category, params string[] whys) =>
        new() { Description = description, Category = category, Whys = [.. whys] };

    private static TimelineEntry Row(
        DateTimeOffset time, string what, string source, TimelineEntryKind kind, string actor = "System", bool written = false) => new()
    {
        Time = time,
        Event = what,
        Source = source,
        Actor = actor,
        Kind = kind,
        TimeAsWritten = written ? time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture) : null,
    };

    private static ActionItem Item(
        string id, string action, string owner, DateOnly deadline, ActionPriority priority, FactorCategory category) => new()
    {
        Id = id,
        Action = action,
        Owner = owner,
        Deadline = deadline,
        Priority = priority,
        Category = category,
    };
}
