using PostMortemFlow.Domain.Checklist;
using PostMortemFlow.Domain.Linting;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Tests.TestData;

namespace PostMortemFlow.Domain.Tests.Reporting;

public class MarkdownReportRendererTests
{
    private static readonly DateTimeOffset Start = new(2025, 2, 9, 10, 5, 0, TimeSpan.Zero);

    private static string[] Lines(string markdown) => markdown.Split('\n');

    [Fact]
    public void Render_SeedExample_SectionsInTemplateOrder()
    {
        var lines = Lines(MarkdownReportRenderer.Render(SeedExample.Create()));
        var headings = lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToArray();

        Assert.Equal("# Post-Mortem: API degradation (2025-02-09)", lines[0]);
        Assert.Equal(
            [
                "## Summary", "## Impact", "## Root Cause", "## Timeline", "## Contributing Factors", "## Action Items",
                "## What Went Well", "## Lessons Learned", "## Prevention", "## Appendix: Validation Checklist",
            ],
            headings);
    }

    [Fact]
    public void Render_SeedExample_MetadataBlockBeforeSummaryInTemplateOrder()
    {
        var markdown = MarkdownReportRenderer.Render(SeedExample.Create());
        var head = markdown[..markdown.IndexOf("## Summary", StringComparison.Ordinal)];

        var keys = new[] { "**Date:** 2025-02-09", "**Duration:** 0h 30min (10:05–10:35 UTC)", "**Severity:** Sev2",
            "**Authors:** @mkowalski, @jnovak", "**Reviewed:** 2025-02-11", "**Services:** orders-api, orders-db",
            "**Executive sponsor:** @vp-engineering" };
        var positions = keys.Select(k => head.IndexOf(k, StringComparison.Ordinal)).ToArray();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.DoesNotContain("Near miss", head, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SeedExample_MatchesFixture()
    {
        var fixture = File.ReadAllText(SeedExample.FixturePath).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Equal(fixture, MarkdownReportRenderer.Render(SeedExample.Create()));
    }

    [Fact]
    public void Render_NotReviewedNearMissWithoutEnd_SaysSo()
    {
        var markdown = MarkdownReportRenderer.Render(new PostMortem
        {
            Title = "Queue backlog",
            Incident = new Incident { StartedAt = Start, IsNearMiss = true },
        });

        Assert.Contains("- **Reviewed:** not yet", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Near miss:** yes", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Duration:** unknown (from 10:05 UTC)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SeedExample_TimelineTableWithKindsAndMetrics()
    {
        var markdown = MarkdownReportRenderer.Render(SeedExample.Create());

        Assert.Contains("| Time (UTC) | Event | Source | Actor | Kind |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 2025-02-09T10:08Z | HighErrorRate alert fires | Alertmanager | System | detected |", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Time to detect:** 0h 3min", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Time to acknowledge:** 0h 7min", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Time to mitigate:** 0h 24min", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Time to resolve:** 0h 45min", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OnlyPlainEvents_LeavesOutKindColumn()
    {
        var markdown = MarkdownReportRenderer.Render(new PostMortem
        {
            Incident = new Incident { StartedAt = Start },
            Timeline = [new TimelineEntry { Time = Start.AddSeconds(30), Event = "Deploy started", Source = "CI", Actor = "-" }],
        });

        Assert.Contains("| Time (UTC) | Event | Source | Actor |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| 2025-02-09T10:05:30Z | Deploy started | CI | - |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SeedExample_ActionItemTableAndPreventionPointAtIds()
    {
        var markdown = MarkdownReportRenderer.Render(SeedExample.Create());

        Assert.Contains("| ID | Action | Owner | Deadline | Priority | Status | Ticket | Category |", markdown, StringComparison.Ordinal);
        Assert.Contains("| AI-002 | Alert when pool usage exceeds 80% for 5 minutes | @mkowalski | 2025-02-14 | high | open |  | monitoring |", markdown, StringComparison.Ordinal);
        var prevention = markdown[markdown.IndexOf("## Prevention", StringComparison.Ordinal)..];
        Assert.Contains("- **High priority:** AI-001, AI-002, AI-004, AI-005", prevention, StringComparison.Ordinal);
        Assert.Contains("- **Medium priority:** AI-003, AI-006", prevention, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SeedExample_FactorsWithCategoryAndNumberedWhys()
    {
        var markdown = MarkdownReportRenderer.Render(SeedExample.Create());

        Assert.Contains("### Immediate Causes\n\n- The database connection pool of 20 connections was exhausted.", markdown, StringComparison.Ordinal);
        Assert.Contains("### Factor 2: Connection pool saturation was not monitored\n\n**Category:** monitoring\n\n1. Why was", markdown, StringComparison.Ordinal);
        Assert.Contains("\n5. Why were they not revisited?", markdown, StringComparison.Ordinal);
        Assert.Contains("### Systemic Issues\n\n- No query-plan review before deploy.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoDataGaps_OmitsDataGapsSection()
    {
        Assert.DoesNotContain("Data Gaps", MarkdownReportRenderer.Render(SeedExample.Create()), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DataGaps_ListsSourceIntervalReasonAndRetentionAdvice()
    {
        var postMortem = SeedExample.Create() with
        {
            DataGaps = [new DataGap { Source = "API container logs", From = Start, To = Start.AddMinutes(12), Reason = "log shipper restarted" }],
        };

        var markdown = MarkdownReportRenderer.Render(postMortem);

        var gaps = markdown.IndexOf("## Data Gaps", StringComparison.Ordinal);
        Assert.True(gaps > markdown.IndexOf("## Prevention", StringComparison.Ordinal));
        Assert.True(gaps < markdown.IndexOf("## Appendix: Validation Checklist", StringComparison.Ordinal));
        Assert.Contains("| API container logs | 2025-02-09T10:05Z | 2025-02-09T10:17Z | log shipper restarted |", markdown, StringComparison.Ordinal);
        Assert.Contains("extend the retention", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PipesAndNewlinesInCells_AreEscaped()
    {
        var markdown = MarkdownReportRenderer.Render(new PostMortem
        {
            Incident = new Incident { StartedAt = Start },
            Timeline = [new TimelineEntry { Time = Start, Event = "grep 5xx | wc -l\nshowed 900", Source = "shell", Actor = "@ops" }],
            ActionItems = [new ActionItem { Id = "AI-001", Action = "Alert on a | b", Owner = "@ops" }],
        });

        Assert.Contains("| 2025-02-09T10:05Z | grep 5xx \\| wc -l<br>showed 900 | shell | @ops |", markdown, StringComparison.Ordinal);
        Assert.Contains("| AI-001 | Alert on a \\| b | @ops |  |  | open |  |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithoutLintReport_ListsAllSevenChecksAsPending()
    {
        var markdown = MarkdownReportRenderer.Render(SeedExample.Create());
        var appendix = markdown[markdown.IndexOf("## Appendix: Validation Checklist", StringComparison.Ordinal)..];

        for (var n = 1; n <= 7; n++)
        {
            Assert.Contains($"\n| {n} | ", appendix, StringComparison.Ordinal);
        }
        Assert.Equal(7, appendix.Split("| pending | not evaluated |").Length - 1);
    }

    [Fact]
    public void Render_WithLintReport_ShowsChecklistStatuses()
    {
        var report = new LintReport([], [
            new ChecklistItem(1, "The timeline is complete and chronologically correct.", ChecklistStatus.Pass, "9 rows in order"),
            new ChecklistItem(5, "The report reached all stakeholders within 48 hours.", ChecklistStatus.Fail, "published after 3 days"),
        ]);

        var markdown = MarkdownReportRenderer.Render(SeedExample.Create(), report);

        Assert.Contains("| 1 | The timeline is complete and chronologically correct. | pass | 9 rows in order |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 5 | The report reached all stakeholders within 48 hours. | fail | published after 3 days |", markdown, StringComparison.Ordinal);
    }
}
