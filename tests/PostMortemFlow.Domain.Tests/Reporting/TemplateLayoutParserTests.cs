using PostMortemFlow.Domain.Checklist;
using PostMortemFlow.Domain.Linting;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Tests.TestData;

namespace PostMortemFlow.Domain.Tests.Reporting;

/// <summary>The parser on reports written in the method's template layout, as teams copy it.</summary>
public class TemplateLayoutParserTests
{
    private static PostMortemDocument Parse(string file) => MarkdownReportParser.Parse(TemplateExamples.Read(file));

    private static int LineStartingWith(string file, string text) =>
        Array.FindIndex(TemplateExamples.Read(file).Split('\n'), l => l.StartsWith(text, StringComparison.Ordinal)) + 1;

    private static DateTimeOffset Utc(int month, int day, int hour, int minute, int second = 0) =>
        new(2025, month, day, hour, minute, second, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TemplateExamples.Files), MemberType = typeof(TemplateExamples))]
    public void Parse_TemplateLayout_HasNoProblems(string file)
    {
        Assert.Empty(Parse(file).Problems);
    }

    [Fact]
    public void Parse_MethodExample_ReadsBoldFieldsSeverityAndDuration()
    {
        var pm = Parse(TemplateExamples.MethodExample).PostMortem;

        Assert.Equal("API Degradation", pm.Title);
        Assert.Equal(Utc(2, 9, 10, 5), pm.Incident.StartedAt);
        Assert.Equal(Utc(2, 9, 10, 35), pm.Incident.EndedAt);
        Assert.Equal("30 minutes (10:05 - 10:35 UTC)", pm.Incident.DurationAsWritten);
        Assert.Equal(Severity.Sev2, pm.Incident.Severity);
        Assert.Equal("SEV-2", pm.Incident.SeverityAsWritten);
        Assert.Equal(["@mkowalski", "@jnovak"], pm.Authors);
        Assert.Equal(new DateOnly(2025, 2, 11), pm.ReviewedOn);
        Assert.Equal(46_260, pm.Impact.FailedRequests);
        Assert.Equal(1_850, pm.Impact.CustomersAffected);
        Assert.Equal(8_400m, pm.Impact.EstimatedRevenueImpact);
        Assert.StartsWith("Checkout and order history", pm.Impact.Description, StringComparison.Ordinal);
        Assert.StartsWith("AI-001 and AI-002 make pool saturation visible", pm.Prevention, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MethodExample_ReadsEveryTimelineRowWithInferredKinds()
    {
        var pm = Parse(TemplateExamples.MethodExample).PostMortem;

        Assert.Equal("all times UTC", pm.HeadingNotes[ReportHeadings.Timeline]);
        Assert.Equal(9, pm.Timeline.Count);
        Assert.Equal(
            [
                TimelineEntryKind.FirstSymptom, TimelineEntryKind.Detected, TimelineEntryKind.Paged,
                TimelineEntryKind.Acknowledged, TimelineEntryKind.Event, TimelineEntryKind.Diagnosed,
                TimelineEntryKind.Mitigated, TimelineEntryKind.Recovered, TimelineEntryKind.Resolved,
            ],
            pm.Timeline.Select(e => e.Kind));
        Assert.Equal([true, true, true, true, false, true, true, true, true], pm.Timeline.Select(e => e.KindInferred));
        Assert.Equal(Utc(2, 9, 10, 5, 23), pm.Timeline[0].Time);
        Assert.Equal("10:05:23", pm.Timeline[0].TimeAsWritten);
        Assert.Equal(Utc(2, 9, 10, 50), pm.Timeline[8].Time);
    }

    [Fact]
    public void Parse_MethodExample_ReadsTheFishboneWithItsCategories()
    {
        var analysis = Parse(TemplateExamples.MethodExample).PostMortem.Analysis;

        Assert.Equal(
            [FactorCategory.Monitoring, FactorCategory.Testing, FactorCategory.Runbook, FactorCategory.Capacity],
            analysis.Factors.Select(f => f.Category));
        Assert.Equal(["Monitoring Gap", "Testing Gap", "Runbook Gap", "Capacity Planning"], analysis.Factors.Select(f => f.CategoryAsWritten));
        Assert.Equal("Connection pool utilization was not monitored, and no alert covered saturation.", analysis.Factors[0].Description);
        Assert.All(analysis.Factors, f => Assert.Empty(f.Whys));
        Assert.Equal(2, analysis.ImmediateCauses.Count);
        Assert.Equal(["No query-plan review before deploy.", "Database alerts fire only on total failure."], analysis.SystemicIssues);
    }

    [Fact]
    public void Parse_MethodExample_ReadsEveryActionItem()
    {
        var items = Parse(TemplateExamples.MethodExample).PostMortem.ActionItems;

        Assert.Equal(["AI-001", "AI-002", "AI-003", "AI-004", "AI-005", "AI-006"], items.Select(a => a.Id));
        Assert.Equal("Review and adjust connection pool size", items[2].Action);
        Assert.Equal("@asmith", items[2].Owner);
        Assert.Equal(new DateOnly(2025, 2, 28), items[2].Deadline);
        Assert.Equal(
            [ActionPriority.High, ActionPriority.High, ActionPriority.Medium, ActionPriority.High, ActionPriority.Medium, ActionPriority.Low],
            items.Select(a => a.Priority));
        Assert.Equal("Medium", items[2].PriorityAsWritten);
    }

    [Fact]
    public void Parse_PaymentIncident_ResolvesShortTimesAcrossMidnight()
    {
        var pm = Parse(TemplateExamples.PaymentIncident).PostMortem;

        Assert.Equal(Utc(3, 14, 23, 40), pm.Incident.StartedAt);
        Assert.Equal(Utc(3, 15, 1, 15), pm.Incident.EndedAt);
        Assert.Equal(12, pm.Timeline.Count);
        Assert.Equal(Utc(3, 14, 23, 58), pm.Timeline[4].Time);
        Assert.Equal(Utc(3, 15, 0, 11), pm.Timeline[5].Time);
        Assert.Equal("00:11", pm.Timeline[5].TimeAsWritten);
        Assert.Equal(Utc(3, 15, 1, 30), pm.Timeline[11].Time);
        Assert.Equal(
            [
                TimelineEntryKind.Event, TimelineEntryKind.FirstSymptom, TimelineEntryKind.Detected, TimelineEntryKind.Paged,
                TimelineEntryKind.Acknowledged, TimelineEntryKind.Escalated, TimelineEntryKind.Diagnosed, TimelineEntryKind.Mitigated,
                TimelineEntryKind.Event, TimelineEntryKind.Event, TimelineEntryKind.Recovered, TimelineEntryKind.Resolved,
            ],
            pm.Timeline.Select(e => e.Kind));
        Assert.Equal("Lena Fischer", pm.Timeline[4].Actor);
    }

    [Fact]
    public void Parse_PaymentIncident_ReadsSeverityImmediateCauseFactorsNamesAndPriorities()
    {
        var pm = Parse(TemplateExamples.PaymentIncident).PostMortem;

        Assert.Equal(Severity.Sev2, pm.Incident.Severity);
        Assert.Equal("P2 (Major internal degradation)", pm.Incident.SeverityAsWritten);
        Assert.Equal(["Lena Fischer", "Tomás Ruiz"], pm.Authors);
        Assert.Equal(
            ["The webhook consumer's TLS client certificate expired, and the payment provider refused every\nconnection made with it."],
            pm.Analysis.ImmediateCauses);
        Assert.Equal(
            [FactorCategory.Monitoring, FactorCategory.ChangeManagement, FactorCategory.Runbook, FactorCategory.Dependency, FactorCategory.Capacity],
            pm.Analysis.Factors.Select(f => f.Category));
        Assert.Equal(2, pm.Analysis.SystemicIssues.Count);
        Assert.Equal(["Tomás Ruiz", "Lena Fischer", "Lena Fischer", "Amara Okafor", "Amara Okafor"], pm.ActionItems.Select(a => a.Owner));
        Assert.Equal(
            [ActionPriority.High, ActionPriority.High, ActionPriority.Medium, ActionPriority.Low, ActionPriority.High],
            pm.ActionItems.Select(a => a.Priority));
        Assert.Equal(["P0", "P1", "P2", "P3", "P1"], pm.ActionItems.Select(a => a.PriorityAsWritten));
        Assert.Equal(1_100m, pm.Impact.EstimatedRevenueImpact);
        Assert.Equal("EUR", pm.Impact.Currency);
    }

    [Fact]
    public void Parse_PaymentIncident_SaysHowItReadWhatWasWrittenDifferently()
    {
        var notes = Parse(TemplateExamples.PaymentIncident).Notes;
        string NoteAt(string lineStart) =>
            Assert.Single(notes, n => n.Line == LineStartingWith(TemplateExamples.PaymentIncident, lineStart)).Message;

        Assert.Equal("Severity 'P2 (Major internal degradation)' read as Sev2.", NoteAt("**Severity**"));
        Assert.StartsWith("Timeline kinds inferred from the event text: 23:40 first-symptom, 23:52 detected,", NoteAt("## Timeline"), StringComparison.Ordinal);
        Assert.Contains("'Third-Party Dependency' → dependency", NoteAt("## Contributing Factors"), StringComparison.Ordinal);
        Assert.Equal("Action item priorities read as: P0 → high, P1 → high, P2 → medium, P3 → low.", NoteAt("## Action Items"));
    }

    [Theory]
    [InlineData("timeline", "## Timeline (all times UTC)")]
    [InlineData("timeline[5].time", "| 00:11 |")]
    [InlineData("analysis.immediateCauses[0]", "The webhook consumer's TLS")]
    [InlineData("analysis.factors[3]", "4. **Third-Party Dependency**")]
    [InlineData("analysis.factors[3].category", "4. **Third-Party Dependency**")]
    [InlineData("analysis.systemicIssues[1]", "- Runbooks describe")]
    [InlineData("actionItems[AI-004].priority", "| AI-004 |")]
    [InlineData("lessonsLearned[1]", "2. A service's runbook")]
    [InlineData("prevention", "AI-001 and AI-005 bring")]
    public void Parse_PaymentIncident_MapsFieldToItsLine(string field, string lineStart)
    {
        Assert.Equal(LineStartingWith(TemplateExamples.PaymentIncident, lineStart), Parse(TemplateExamples.PaymentIncident).SourceMap.LineOf(field));
    }

    [Theory]
    [MemberData(nameof(TemplateExamples.Files), MemberType = typeof(TemplateExamples))]
    public void Lint_TemplateLayout_NoErrorsAndChecklistOneToFourPass(string file)
    {
        var doc = Parse(file);
        var report = PostMortemLinter.Lint(new LintContext(doc.PostMortem, LintOptions.Default, doc.SourceMap), WorkflowFacts.None);

        Assert.DoesNotContain(report.Findings, f => f.Severity == FindingSeverity.Error);
        Assert.All(report.Checklist.Take(4), c => Assert.True(c.Status == ChecklistStatus.Pass, $"{c.Number}: {c.Reason}"));
    }

    [Theory]
    [MemberData(nameof(TemplateExamples.Files), MemberType = typeof(TemplateExamples))]
    public void Lint_Fishbone_FiveWhysStayASuggestion(string file)
    {
        var doc = Parse(file);

        var finding = Assert.Single(PostMortemLinter.Findings(new LintContext(doc.PostMortem, LintOptions.Default, doc.SourceMap)));

        Assert.Equal(RuleIds.ShallowAnalysis, finding.Rule);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
    }
}
