using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Server.Tests.Persistence;

/// <summary>A post-mortem that exercises every kind of member the Domain state uses.</summary>
public static class SampleData
{
    public static PostMortem PostMortem(string title = "Checkout outage") => new()
    {
        Title = title,
        Incident = new Incident
        {
            Id = "INC-1042",
            Source = IncidentSource.Alertmanager,
            Severity = Severity.Sev1,
            AffectedServices = ["checkout", "payments"],
            StartedAt = new DateTimeOffset(2026, 3, 4, 10, 15, 0, TimeSpan.Zero),
            EndedAt = new DateTimeOffset(2026, 3, 4, 11, 2, 30, TimeSpan.Zero),
        },
        Authors = ["ana", "bo"],
        Reviewers = ["cy"],
        ExecutiveSponsor = "vp-eng@example.com",
        Summary = "Checkout returned 503 for 47 minutes.",
        Impact = new Impact { FailedRequests = 120_000, CustomersAffected = 3_400, EstimatedRevenueImpact = 18_250.75m, Description = "Orders failed." },
        RootCause = "A connection pool limit was lowered by a config rollout.",
        Timeline =
        [
            new TimelineEntry { Time = new DateTimeOffset(2026, 3, 4, 10, 15, 0, TimeSpan.Zero), Event = "Alert fired", Source = "Alertmanager" },
            new TimelineEntry { Time = new DateTimeOffset(2026, 3, 4, 10, 21, 0, TimeSpan.Zero), Event = "Rollback started", Source = "Teams", Actor = "ana", Kind = TimelineEntryKind.Mitigated, TimeAsWritten = "10:21 UTC" },
        ],
        Analysis = new Analysis
        {
            ImmediateCauses = ["Pool exhausted"],
            Factors = [new ContributingFactor { Description = "No canary for config", Category = FactorCategory.ChangeManagement, Whys = ["why 1", "why 2", "why 3"] }],
            SystemicIssues = ["Config changes skip review"],
        },
        ActionItems =
        [
            new ActionItem { Id = "AI-001", Action = "Add a canary stage for config", Owner = "bo", Deadline = new DateOnly(2026, 4, 1), Priority = ActionPriority.High, Status = ActionItemStatus.InProgress, Category = FactorCategory.ChangeManagement },
        ],
        WhatWentWell = ["Fast detection"],
        LessonsLearned = ["Config is code"],
        DataGaps = [new DataGap { Source = "Prometheus", From = new DateTimeOffset(2026, 3, 4, 10, 30, 0, TimeSpan.Zero), To = new DateTimeOffset(2026, 3, 4, 10, 35, 0, TimeSpan.Zero), Reason = "scrape gap" }],
        ReviewedOn = new DateOnly(2026, 3, 6),
    };
}
