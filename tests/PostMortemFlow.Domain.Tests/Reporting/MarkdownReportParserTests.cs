using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Tests.TestData;

namespace PostMortemFlow.Domain.Tests.Reporting;

public class MarkdownReportParserTests
{
    private static readonly string Fixture = File.ReadAllText(SeedExample.FixturePath);

    private static readonly PostMortemDocument Document = MarkdownReportParser.Parse(Fixture);

    private static int LineStartingWith(string text) =>
        Array.FindIndex(Fixture.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'),
            l => l.StartsWith(text, StringComparison.Ordinal)) + 1;

    private static DateTimeOffset Utc(int hour, int minute) => new(2025, 2, 9, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Parse_Fixture_HasNoProblems()
    {
        Assert.Empty(Document.Problems);
    }

    [Fact]
    public void Parse_Fixture_ReadsMetadataAndImpact()
    {
        var pm = Document.PostMortem;

        Assert.Equal("API degradation", pm.Title);
        Assert.Equal(Utc(10, 5), pm.Incident.StartedAt);
        Assert.Equal(Utc(10, 35), pm.Incident.EndedAt);
        Assert.Equal(Severity.Sev2, pm.Incident.Severity);
        Assert.Equal(["orders-api", "orders-db"], pm.Incident.AffectedServices);
        Assert.Equal("INC-2025-0209", pm.Incident.Id);
        Assert.Equal(IncidentSource.Alertmanager, pm.Incident.Source);
        Assert.Equal(["@mkowalski", "@jnovak"], pm.Authors);
        Assert.Equal(new DateOnly(2025, 2, 11), pm.ReviewedOn);
        Assert.Equal("@vp-engineering", pm.ExecutiveSponsor);
        Assert.Equal(46_260, pm.Impact.FailedRequests);
        Assert.Equal(1_850, pm.Impact.CustomersAffected);
        Assert.Equal(8_400m, pm.Impact.EstimatedRevenueImpact);
        Assert.Equal("USD", pm.Impact.Currency);
        Assert.StartsWith("Checkout and order history", pm.Impact.Description, StringComparison.Ordinal);
        Assert.StartsWith("On 2025-02-09 from 10:05 to 10:35 UTC", pm.Summary, StringComparison.Ordinal);
        Assert.EndsWith("the missing index has since been added.", pm.Summary, StringComparison.Ordinal);
        Assert.StartsWith("The order search query introduced in v2.3.0", pm.RootCause, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Fixture_ReadsNineTimelineRows()
    {
        var timeline = Document.PostMortem.Timeline;

        Assert.Equal(9, timeline.Count);
        Assert.Equal(
            [
                TimelineEntryKind.FirstSymptom, TimelineEntryKind.Detected, TimelineEntryKind.Paged,
                TimelineEntryKind.Acknowledged, TimelineEntryKind.Event, TimelineEntryKind.Diagnosed,
                TimelineEntryKind.Mitigated, TimelineEntryKind.Recovered, TimelineEntryKind.Resolved,
            ],
            timeline.Select(e => e.Kind));
        Assert.Equal(Utc(10, 12), timeline[3].Time);
        Assert.Equal("2025-02-09T10:12Z", timeline[3].TimeAsWritten);
        Assert.Equal("Page acknowledged", timeline[3].Event);
        Assert.Equal("PagerDuty", timeline[3].Source);
        Assert.Equal("@mkowalski", timeline[3].Actor);
        Assert.Equal("System", timeline[1].Actor);
        Assert.Equal(Utc(10, 50), timeline[8].Time);
    }

    [Fact]
    public void Parse_Fixture_ReadsFourFactorsWithFiveWhysEach()
    {
        var analysis = Document.PostMortem.Analysis;

        Assert.Equal(
            [FactorCategory.ChangeManagement, FactorCategory.Monitoring, FactorCategory.Capacity, FactorCategory.Runbook],
            analysis.Factors.Select(f => f.Category));
        Assert.All(analysis.Factors, f => Assert.Equal(5, f.Whys.Count));
        Assert.Equal("Connection pool saturation was not monitored", analysis.Factors[1].Description);
        Assert.Equal("Why was there no alert on saturation? Database alerts fire only when the database is unreachable.",
            analysis.Factors[1].Whys[2]);
        Assert.Equal(2, analysis.ImmediateCauses.Count);
        Assert.Equal("No query-plan review before deploy.", analysis.SystemicIssues[0]);
        Assert.Equal("Database alerts fire only on total failure.", analysis.SystemicIssues[1]);
    }

    [Fact]
    public void Parse_Fixture_ReadsSixActionItems()
    {
        var items = Document.PostMortem.ActionItems;

        Assert.Equal(["AI-001", "AI-002", "AI-003", "AI-004", "AI-005", "AI-006"], items.Select(a => a.Id));
        Assert.All(items, a =>
        {
            Assert.NotNull(a.Owner);
            Assert.NotNull(a.Priority);
            Assert.True(a.Deadline > new DateOnly(2025, 2, 9));
        });
        Assert.Equal("Create runbook: DB connection saturation (diagnosis queries, rollback and pool-resize steps)", items[2].Action);
        Assert.Equal("@jnovak", items[2].Owner);
        Assert.Equal(new DateOnly(2025, 2, 21), items[2].Deadline);
        Assert.Equal(ActionPriority.Medium, items[2].Priority);
        Assert.Equal(ActionItemStatus.Open, items[2].Status);
        Assert.Equal(FactorCategory.Runbook, items[2].Category);
        Assert.Null(items[2].TrackerLink);
        Assert.Equal(3, Document.PostMortem.WhatWentWell.Count);
        Assert.Equal(3, Document.PostMortem.LessonsLearned.Count);
    }

    [Theory]
    [InlineData("title", "# Post-Mortem:")]
    [InlineData("summary", "On 2025-02-09 from")]
    [InlineData("rootCause", "The order search query introduced")]
    [InlineData("impact.description", "Checkout and order history")]
    [InlineData("timeline", "## Timeline")]
    [InlineData("timeline[3]", "| 2025-02-09T10:12Z")]
    [InlineData("timeline[3].event", "| 2025-02-09T10:12Z")]
    [InlineData("timeline[3].time", "| 2025-02-09T10:12Z")]
    [InlineData("analysis.factors", "## Contributing Factors")]
    [InlineData("analysis.factors[1]", "### Factor 2:")]
    [InlineData("analysis.factors[1].whys[2]", "3. Why was there no alert")]
    [InlineData("analysis.immediateCauses[0]", "- The database connection pool")]
    [InlineData("analysis.systemicIssues", "### Systemic Issues")]
    [InlineData("analysis.systemicIssues[0]", "- No query-plan review")]
    [InlineData("actionItems", "## Action Items")]
    [InlineData("actionItems[AI-002]", "| AI-002 |")]
    [InlineData("actionItems[AI-002].action", "| AI-002 |")]
    [InlineData("whatWentWell[0]", "- The HighErrorRate alert fired")]
    [InlineData("lessonsLearned[1]", "- Tests on a small staging")]
    public void Parse_Fixture_MapsFieldToItsLine(string field, string lineStart)
    {
        Assert.Equal(LineStartingWith(lineStart), Document.SourceMap.LineOf(field));
    }

    [Fact]
    public void Parse_Fixture_UnknownSubfieldFallsBackToItsRow()
    {
        Assert.Equal(LineStartingWith("| AI-004 |"), Document.SourceMap.LineOf("actionItems[AI-004].ticket"));
    }

    [Fact]
    public void Parse_HandWrittenVariant_IsTolerant()
    {
        const string markdown = """
            # postmortem: Login outage (2025-03-01)

            * Severity: SEV-1
            * Duration: 1h 5min (23:30–00:35 UTC)
            * Authors: @kim

            ## SUMMARY
            Logins failed.

            ## Notes for later
            Not part of the template.

            ## timeline
            | Time | Event | Source | Actor |
            |------|-------|--------|-------|
            | 23:30 | First errors on /login | Loki | System |
            | 23:34 UTC | Alert fires: LoginFailures | Alertmanager | System |
            | 23:40 | Page acknowledged | PagerDuty | @kim |
            | 00:20 | Rollback deployed | Argo | @kim |
            | 00:35 | Incident resolved | PagerDuty | @kim |

            ## What went well
            The alert fired quickly.

            The rollback was one click.
            """;

        var doc = MarkdownReportParser.Parse(markdown);
        var pm = doc.PostMortem;

        Assert.Empty(doc.Problems);
        Assert.Equal("Login outage", pm.Title);
        Assert.Equal(Severity.Sev1, pm.Incident.Severity);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 23, 30, 0, TimeSpan.Zero), pm.Incident.StartedAt);
        Assert.Equal(new DateTimeOffset(2025, 3, 2, 0, 35, 0, TimeSpan.Zero), pm.Incident.EndedAt);
        Assert.Equal("Logins failed.", pm.Summary);
        Assert.Equal("", pm.RootCause);
        Assert.Empty(pm.ActionItems);
        Assert.Equal(["The alert fired quickly.", "The rollback was one click."], pm.WhatWentWell);
        Assert.Equal("23:30", pm.Timeline[0].TimeAsWritten);
        Assert.Equal("23:34 UTC", pm.Timeline[1].TimeAsWritten);
        Assert.Equal(new DateTimeOffset(2025, 3, 2, 0, 20, 0, TimeSpan.Zero), pm.Timeline[3].Time);
        Assert.Equal(
            [TimelineEntryKind.FirstSymptom, TimelineEntryKind.Detected, TimelineEntryKind.Acknowledged,
             TimelineEntryKind.Mitigated, TimelineEntryKind.Resolved],
            pm.Timeline.Select(e => e.Kind));
    }

    [Fact]
    public void Parse_TimeWithOffset_ConvertsToUtcAndKeepsWrittenText()
    {
        const string markdown = """
            # Post-Mortem: Cache flush (2025-02-09)

            ## Timeline

            | Time | Event | Source | Actor |
            |---|---|---|---|
            | 2025-02-09T11:05+01:00 | Cache flushed | Redis | System |
            | 10:07 CET | Hit rate drops | Grafana | System |
            """;

        var timeline = MarkdownReportParser.Parse(markdown).PostMortem.Timeline;

        Assert.Equal(new DateTimeOffset(2025, 2, 9, 10, 5, 0, TimeSpan.Zero), timeline[0].Time);
        Assert.Equal("2025-02-09T11:05+01:00", timeline[0].TimeAsWritten);
        Assert.Equal(new DateTimeOffset(2025, 2, 9, 10, 7, 0, TimeSpan.Zero), timeline[1].Time);
        Assert.Equal("10:07 CET", timeline[1].TimeAsWritten);
    }

    [Fact]
    public void Parse_UnreadableTimeAndDeadline_ReportsProblemsWithLines()
    {
        const string markdown = """
            # Post-Mortem: Broken rows (2025-02-09)

            ## Timeline

            | Time | Event | Source | Actor |
            |---|---|---|---|
            | 10:05Z | Errors start | Grafana | System |
            | around lunch | Someone looks | Slack | @a |

            ## Action Items

            | ID | Action | Owner | Deadline | Priority |
            |---|---|---|---|---|
            | AI-001 | Add pool metric to dashboard API | @a | next sprint | urgent |
            """;

        var doc = MarkdownReportParser.Parse(markdown);

        Assert.Single(doc.PostMortem.Timeline);
        Assert.Single(doc.PostMortem.ActionItems);
        Assert.Null(doc.PostMortem.ActionItems[0].Deadline);
        Assert.Collection(doc.Problems,
            p => { Assert.Equal(8, p.Line); Assert.Contains("around lunch", p.Message, StringComparison.Ordinal); },
            p => { Assert.Equal(14, p.Line); Assert.Contains("next sprint", p.Message, StringComparison.Ordinal); },
            p => { Assert.Equal(14, p.Line); Assert.Contains("urgent", p.Message, StringComparison.Ordinal); });
    }

    [Fact]
    public void Parse_EmptyText_GivesEmptyPostMortemAndADateProblem()
    {
        var doc = MarkdownReportParser.Parse("");

        Assert.Empty(doc.PostMortem.Timeline);
        Assert.Equal("", doc.PostMortem.Summary);
        Assert.Contains(doc.Problems, p => p.Message.Contains("date", StringComparison.OrdinalIgnoreCase));
    }
}
