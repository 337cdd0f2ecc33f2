using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting;

namespace PostMortemFlow.Domain.Tests.Reporting;

/// <summary>The spellings teams use for severity, duration, kinds, categories and priorities, one field at a time.</summary>
public class WrittenVariantsParserTests
{
    private static PostMortemDocument Parse(string body) =>
        MarkdownReportParser.Parse($"# Post-Mortem: Variant (2025-02-09)\n\n{body}\n");

    [Theory]
    [InlineData("Sev2", Severity.Sev2)]
    [InlineData("SEV-1", Severity.Sev1)]
    [InlineData("Sev1", Severity.Sev1)]
    [InlineData("sev 3", Severity.Sev3)]
    [InlineData("S4", Severity.Sev4)]
    [InlineData("P0", Severity.Sev0)]
    [InlineData("P1", Severity.Sev1)]
    [InlineData("P2 (Major internal degradation)", Severity.Sev2)]
    [InlineData("P3 - minor customer impact", Severity.Sev3)]
    [InlineData("P5", Severity.Sev4)]
    [InlineData("critical", Severity.Sev1)]
    [InlineData("Major", Severity.Sev2)]
    [InlineData("minor", Severity.Sev3)]
    [InlineData("Low", Severity.Sev4)]
    public void Parse_SeverityAsTeamsWriteIt_MapsOntoTheScaleAndKeepsTheText(string written, Severity expected)
    {
        var doc = Parse($"**Severity**: {written}");

        Assert.Empty(doc.Problems);
        Assert.Equal(expected, doc.PostMortem.Incident.Severity);
        Assert.Equal(written == expected.ToString() ? null : written, doc.PostMortem.Incident.SeverityAsWritten);
    }

    [Theory]
    [InlineData("purple")]
    [InlineData("Sev7")]
    [InlineData("P9")]
    public void Parse_UnknownSeverity_IsAProblem(string written)
    {
        Assert.Contains(Parse($"**Severity**: {written}").Problems, p => p.Message.Contains(written, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("- **Date:** 2025-02-10")]
    [InlineData("**Date**: 2025-02-10")]
    [InlineData("**Date:** 2025-02-10")]
    [InlineData("Date: 2025-02-10")]
    public void Parse_DateInListOrBoldForm_IsRead(string line)
    {
        var doc = Parse(line);

        Assert.Empty(doc.Problems);
        Assert.Equal(new DateTimeOffset(2025, 2, 10, 0, 0, 0, TimeSpan.Zero), doc.PostMortem.Incident.StartedAt);
    }

    [Theory]
    [InlineData("0h 30min (10:05–10:35 UTC)", 10, 5, 30)]
    [InlineData("30 minutes (10:05 - 10:35 UTC)", 10, 5, 30)]
    [InlineData("1 hour 20 minutes (10:00 - 11:20 UTC)", 10, 0, 80)]
    [InlineData("1h20m (10:00-11:20 UTC)", 10, 0, 80)]
    [InlineData("2 hours", 0, 0, 120)]
    [InlineData("1.5 hours (23:00 - 00:30 UTC)", 23, 0, 90)]
    [InlineData("10:05 - 10:35 UTC", 10, 5, 30)]
    [InlineData("23:40–01:15 UTC", 23, 40, 95)]
    public void Parse_DurationAsWritten_GivesStartAndEnd(string written, int hour, int minute, int minutes)
    {
        var doc = Parse($"**Date**: 2025-02-09\n**Duration**: {written}");
        var start = new DateTimeOffset(2025, 2, 9, hour, minute, 0, TimeSpan.Zero);

        Assert.Empty(doc.Problems);
        Assert.Equal(start, doc.PostMortem.Incident.StartedAt);
        Assert.Equal(start.AddMinutes(minutes), doc.PostMortem.Incident.EndedAt);
    }

    [Theory]
    [InlineData("First 5xx errors appear", TimelineEntryKind.FirstSymptom)]
    [InlineData("Errors start on /checkout", TimelineEntryKind.FirstSymptom)]
    [InlineData("HighErrorRate alert fires", TimelineEntryKind.Detected)]
    [InlineData("Alert triggered: DiskFull", TimelineEntryKind.Detected)]
    [InlineData("Customer reports failed logins", TimelineEntryKind.Detected)]
    [InlineData("Incident declared", TimelineEntryKind.Detected)]
    [InlineData("On-call engineer paged", TimelineEntryKind.Paged)]
    [InlineData("Page acknowledged", TimelineEntryKind.Acknowledged)]
    [InlineData("Escalated to the database team", TimelineEntryKind.Escalated)]
    [InlineData("Root cause: slow query from v2.3.0", TimelineEntryKind.Diagnosed)]
    [InlineData("Cause identified: expired certificate", TimelineEntryKind.Diagnosed)]
    [InlineData("Rolled back to v2.2.0", TimelineEntryKind.Mitigated)]
    [InlineData("Reverted the config change", TimelineEntryKind.Mitigated)]
    [InlineData("Failed over to the replica", TimelineEntryKind.Mitigated)]
    [InlineData("Hotfix deployed", TimelineEntryKind.Mitigated)]
    [InlineData("Error rate returning to normal", TimelineEntryKind.Recovered)]
    [InlineData("Latency back to baseline", TimelineEntryKind.Recovered)]
    [InlineData("Incident resolved", TimelineEntryKind.Resolved)]
    [InlineData("Incident closed", TimelineEntryKind.Resolved)]
    [InlineData("Database connection pool found exhausted", TimelineEntryKind.Event)]
    public void Parse_TimelineWithoutKindColumn_InfersTheKeyMomentAsInferred(string eventText, TimelineEntryKind kind)
    {
        var entry = Assert.Single(Parse($"## Timeline\n\n| Time | Event | Source | Actor |\n|---|---|---|---|\n| 10:05Z | {eventText} | x | System |")
            .PostMortem.Timeline);

        Assert.Equal(kind, entry.Kind);
        Assert.Equal(kind != TimelineEntryKind.Event, entry.KindInferred);
    }

    [Theory]
    [InlineData("detected", TimelineEntryKind.Detected, false)]
    [InlineData("detected (inferred)", TimelineEntryKind.Detected, true)]
    [InlineData("", TimelineEntryKind.Event, false)]
    public void Parse_KindColumn_ReadsTheInferredMarker(string cell, TimelineEntryKind kind, bool inferred)
    {
        var entry = Assert.Single(Parse($"## Timeline\n\n| Time | Event | Source | Actor | Kind |\n|---|---|---|---|---|\n| 10:05Z | Alert fires | x | System | {cell} |")
            .PostMortem.Timeline);

        Assert.Equal((kind, inferred), (entry.Kind, entry.KindInferred));
    }

    [Theory]
    [InlineData("**Monitoring Gap**: No pool alert", FactorCategory.Monitoring, "No pool alert")]
    [InlineData("**Alerting Gap:** No pool alert", FactorCategory.Monitoring, "No pool alert")]
    [InlineData("**Testing Gap** — Staging too small", FactorCategory.Testing, "Staging too small")]
    [InlineData("**Runbook Gap**: No runbook", FactorCategory.Runbook, "No runbook")]
    [InlineData("**Capacity Planning**: Pool never resized", FactorCategory.Capacity, "Pool never resized")]
    [InlineData("**Change Management**: No plan review", FactorCategory.ChangeManagement, "No plan review")]
    [InlineData("**Code Review**: The diff hid the index drop", FactorCategory.ChangeManagement, "The diff hid the index drop")]
    [InlineData("**Dependency**: Provider retries doubled load", FactorCategory.Dependency, "Provider retries doubled load")]
    [InlineData("**Communication**: Status page updated late", FactorCategory.Communication, "Status page updated late")]
    [InlineData("**Staffing**: One person on call for three services", FactorCategory.Other, "One person on call for three services")]
    [InlineData("Monitoring gap: no pool alert", FactorCategory.Monitoring, "no pool alert")]
    [InlineData("The pool had no headroom", FactorCategory.Other, "The pool had no headroom")]
    public void Parse_FishboneListItem_BoldLabelIsTheCategory(string item, FactorCategory category, string description)
    {
        var doc = Parse($"## Contributing Factors\n\n### Contributing Factors\n1. {item}\n2. **Testing Gap**: second");

        Assert.Empty(doc.Problems);
        Assert.Equal(2, doc.PostMortem.Analysis.Factors.Count);
        Assert.Equal(category, doc.PostMortem.Analysis.Factors[0].Category);
        Assert.Equal(description, doc.PostMortem.Analysis.Factors[0].Description);
    }

    [Fact]
    public void Parse_FactorHeadingEndingInBrackets_KeepsThemInTheDescription()
    {
        var doc = Parse("## Contributing Factors\n\n### Factor 1: Slow search query (v2.3.0)\n\n**Category:** change management\n\n### Immediate Causes (2)\n\n- The pool ran out.");

        Assert.Equal("Slow search query (v2.3.0)", doc.PostMortem.Analysis.Factors[0].Description);
        Assert.Equal(["The pool ran out."], doc.PostMortem.Analysis.ImmediateCauses);
    }

    [Fact]
    public void Parse_FishboneItemWithNestedList_ReadsTheNestedItemsAsWhys()
    {
        var doc = Parse("## Contributing Factors\n\n### Contributing Factors\n1. **Monitoring Gap**: No pool alert\n   - Why? Pool metrics are on no dashboard.\n   - Why? New metrics get no alert review.\n2. **Testing Gap**: Staging too small");

        var factor = doc.PostMortem.Analysis.Factors[0];
        Assert.Equal("No pool alert", factor.Description);
        Assert.Equal(["Why? Pool metrics are on no dashboard.", "Why? New metrics get no alert review."], factor.Whys);
        Assert.Empty(doc.PostMortem.Analysis.Factors[1].Whys);
    }

    [Theory]
    [InlineData("### Immediate Cause\nThe pool was exhausted.", new[] { "The pool was exhausted." })]
    [InlineData("### Immediate Causes\n- The pool was exhausted.\n- A query lacked an index.", new[] { "The pool was exhausted.", "A query lacked an index." })]
    [InlineData("### Immediate Causes\n1. The pool was exhausted.\n2. A query lacked an index.", new[] { "The pool was exhausted.", "A query lacked an index." })]
    public void Parse_ImmediateCauseSingularOrPlural_ParagraphOrList(string subsection, string[] causes)
    {
        Assert.Equal(causes, Parse($"## Contributing Factors\n\n{subsection}").PostMortem.Analysis.ImmediateCauses);
    }

    [Theory]
    [InlineData("High", ActionPriority.High)]
    [InlineData("medium", ActionPriority.Medium)]
    [InlineData("Low", ActionPriority.Low)]
    [InlineData("P0", ActionPriority.High)]
    [InlineData("P1", ActionPriority.High)]
    [InlineData("P2", ActionPriority.Medium)]
    [InlineData("P3", ActionPriority.Low)]
    public void Parse_PriorityHighMediumLowOrP0ToP3_IsRead(string written, ActionPriority priority)
    {
        var doc = Parse($"## Action Items\n\n| ID | Action | Owner | Deadline | Priority |\n|---|---|---|---|---|\n| AI-001 | Add alert X | Dana Cole | 2025-02-20 | {written} |");

        Assert.Empty(doc.Problems);
        var item = Assert.Single(doc.PostMortem.ActionItems);
        Assert.Equal(priority, item.Priority);
        Assert.Equal("Dana Cole", item.Owner);
    }

    [Fact]
    public void Parse_HeadingNotes_AreKeptPerSectionAndDoNotHideTheSection()
    {
        var pm = Parse("## Impact (estimated)\n\n- **Failed requests**: 120\n\n## Lessons Learned [draft]\n\n- One").PostMortem;

        Assert.Equal(120, pm.Impact.FailedRequests);
        Assert.Equal(["One"], pm.LessonsLearned);
        Assert.Equal("estimated", pm.HeadingNotes[ReportHeadings.Impact]);
        Assert.Equal("draft", pm.HeadingNotes[ReportHeadings.LessonsLearned]);
    }
}
