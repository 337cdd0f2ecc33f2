using System.Text.Json;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Tests.TestData;

namespace PostMortemFlow.Domain.Tests.Reporting;

public class MarkdownRoundTripTests
{
    private static readonly DateTimeOffset Start = new(2025, 6, 30, 23, 40, 0, TimeSpan.Zero);

    private static string RoundTrip(string markdown) =>
        MarkdownReportRenderer.Render(MarkdownReportParser.Parse(markdown).PostMortem);

    [Fact]
    public void RenderParseRender_Fixture_SameMarkdown()
    {
        var fixture = File.ReadAllText(SeedExample.FixturePath).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Equal(fixture, RoundTrip(fixture));
    }

    [Fact]
    public void RenderParseRender_EveryOptionalPart_SameMarkdown()
    {
        var postMortem = new PostMortem
        {
            Title = "Payments | queue backlog",
            Incident = new Incident
            {
                Id = "INC-7", Severity = Severity.Sev0, StartedAt = Start, EndedAt = Start.AddHours(26).AddMinutes(5),
                IsNearMiss = true, AffectedServices = ["payments"],
            },
            Authors = ["@lee"],
            Summary = "First paragraph.\n\nSecond paragraph with *emphasis* and `code`.",
            Impact = new Impact { EstimatedRevenueImpact = 1234.5m, Currency = "EUR", Description = "- a list\n- in the description" },
            RootCause = "",
            Timeline =
            [
                new TimelineEntry { Time = Start, Event = "Backlog grows | >10k\nmessages", Source = "RabbitMQ", Actor = "System", EvidenceRef = "https://grafana.example/d/1" },
                new TimelineEntry { Time = Start.AddMinutes(25).AddSeconds(15), Event = "Consumers restarted", Source = "k8s", Actor = "@lee", Kind = TimelineEntryKind.Mitigated },
            ],
            Analysis = new Analysis
            {
                Factors = [new ContributingFactor { Description = "", Category = FactorCategory.Dependency, Whys = ["One\ncontinued line"] }],
            },
            ActionItems =
            [
                new ActionItem { Id = "AI-001", Action = "Alert when the backlog exceeds 5k for 5 minutes", Status = ActionItemStatus.InProgress, TrackerLink = "OPS-12" },
                new ActionItem { Id = "AI-002", Action = "Document consumer restart", Owner = "@lee", Deadline = new DateOnly(2025, 7, 4), Priority = ActionPriority.Low, Status = ActionItemStatus.WontDo },
            ],
            LessonsLearned = ["Multi-line\nlesson"],
            DataGaps = [new DataGap { Source = "Consumer logs", From = Start, To = Start.AddMinutes(30), Reason = "7-day retention" }],
        };

        var first = MarkdownReportRenderer.Render(postMortem);
        var doc = MarkdownReportParser.Parse(first);

        Assert.Empty(doc.Problems);
        Assert.Equal(first, MarkdownReportRenderer.Render(doc.PostMortem));
        Assert.Equal("Backlog grows | >10k\nmessages", doc.PostMortem.Timeline[0].Event);
        Assert.Equal("https://grafana.example/d/1", doc.PostMortem.Timeline[0].EvidenceRef);
        Assert.Equal(Start.AddMinutes(25).AddSeconds(15), doc.PostMortem.Timeline[1].Time);
        Assert.Equal(Start.AddHours(26).AddMinutes(5), doc.PostMortem.Incident.EndedAt);
        Assert.True(doc.PostMortem.Incident.IsNearMiss);
        Assert.Equal("One\ncontinued line", doc.PostMortem.Analysis.Factors[0].Whys[0]);
        Assert.Equal(ActionItemStatus.WontDo, doc.PostMortem.ActionItems[1].Status);
        Assert.Equal("OPS-12", doc.PostMortem.ActionItems[0].TrackerLink);
        Assert.Single(doc.PostMortem.DataGaps);
    }

    public static TheoryData<string> BothLayouts => [SeedExample.FixtureFile, TemplateExamples.MethodExample, TemplateExamples.PaymentIncident];

    [Theory]
    [MemberData(nameof(BothLayouts))]
    public void ParseRenderParse_ListAndTemplateLayouts_SameModel(string file)
    {
        var first = MarkdownReportParser.Parse(TemplateExamples.Read(file));
        var rendered = MarkdownReportRenderer.Render(first.PostMortem);
        var second = MarkdownReportParser.Parse(rendered);

        Assert.Empty(second.Problems);
        Assert.Equal(JsonSerializer.Serialize(first.PostMortem), JsonSerializer.Serialize(second.PostMortem));
        Assert.Equal(rendered, MarkdownReportRenderer.Render(second.PostMortem));
    }

    [Theory]
    [InlineData("**Severity:** P2 (Major internal degradation)")]
    [InlineData("**Duration:** 1 hour 35 minutes (23:40 - 01:15 UTC)")]
    [InlineData("## Timeline (all times UTC)")]
    [InlineData("| 23:58 | Page acknowledged | PagerDuty | Lena Fischer | acknowledged (inferred) |")]
    [InlineData("| 00:48 | Backlog down from 182,000 to 90,000 messages | Grafana | System |  |")]
    [InlineData("**Category:** Third-Party Dependency")]
    [InlineData("| Tomás Ruiz | 2025-03-21 | P0 |")]
    [InlineData("AI-001 and AI-005 bring every certificate under renewal automation, AI-002 catches any that slip")]
    public void Render_TemplateLayout_KeepsWhatTheAuthorWrote(string written)
    {
        var markdown = MarkdownReportRenderer.Render(MarkdownReportParser.Parse(TemplateExamples.Read(TemplateExamples.PaymentIncident)).PostMortem);

        Assert.Contains(written, markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ValueChangedSinceItWasWritten_WritesTheModelsSpelling()
    {
        var pm = MarkdownReportParser.Parse(TemplateExamples.Read(TemplateExamples.PaymentIncident)).PostMortem;
        var changed = pm with
        {
            Incident = pm.Incident with { Severity = Severity.Sev1, EndedAt = pm.Incident.EndedAt!.Value.AddMinutes(5) },
            Timeline = pm.Timeline.SetItem(4, pm.Timeline[4] with { Time = pm.Timeline[4].Time.AddMinutes(1) }),
            Analysis = pm.Analysis with { Factors = pm.Analysis.Factors.SetItem(0, pm.Analysis.Factors[0] with { Category = FactorCategory.Testing }) },
            ActionItems = pm.ActionItems.SetItem(0, pm.ActionItems[0] with { Priority = ActionPriority.Low }),
        };

        var markdown = MarkdownReportRenderer.Render(changed);

        Assert.Contains("- **Severity:** Sev1", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Duration:** 1h 40min (23:40–01:20 UTC)", markdown, StringComparison.Ordinal);
        Assert.Contains("| 2025-03-14T23:59Z | Page acknowledged |", markdown, StringComparison.Ordinal);
        Assert.Contains("**Category:** testing", markdown, StringComparison.Ordinal);
        Assert.Contains("| Tomás Ruiz | 2025-03-21 | low |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderParseRender_EmptyPostMortem_SameMarkdown()
    {
        var first = MarkdownReportRenderer.Render(new PostMortem { Incident = new Incident { StartedAt = Start } });

        Assert.Equal(first, RoundTrip(first));
    }
}
