using PostMortemFlow.Domain.Drafting;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Tests.Drafting;

public sealed class GroundedSuggestionsTests
{
    private static readonly DateTimeOffset T = new(2025, 2, 9, 10, 0, 0, TimeSpan.Zero);

    private static readonly PostMortem Incident = new()
    {
        Title = "Orders API errors",
        Authors = ["ana.silva@example.com"],
        Timeline =
        [
            new TimelineEntry { Time = T, Event = "5xx rate above its baseline", Source = "prometheus", Kind = TimelineEntryKind.FirstSymptom },
            new TimelineEntry { Time = T.AddMinutes(9), Event = "Page acknowledged", Source = "pagerduty", Actor = "ana", Kind = TimelineEntryKind.Acknowledged },
            new TimelineEntry { Time = T.AddMinutes(30), Event = "Connection pool found exhausted", Source = "chat", Actor = "ana", Kind = TimelineEntryKind.Diagnosed },
        ],
    };

    private static readonly DraftingPrompt Prompt = DraftingPrompt.For(Incident,
        [new ComputedImpact { Service = "api", Source = "prometheus", FailedRequests = 46_000, Figures = [new ImpactFigure { Name = "Failed requests", Value = "46,000" }] }]);

    private const string Answer = """
        {
          "summary": [
            { "text": "Requests to the orders API failed for half an hour while the connection pool was exhausted.", "cites": ["T1", "T3"] },
            { "text": "The team worked very hard.", "cites": [] }
          ],
          "impact": [ { "text": "About 46,000 requests failed.", "cites": ["I1"] } ],
          "rootCause": [ { "text": "A query held connections longer than the pool allowed.", "cites": ["T9"] } ],
          "factors": [
            { "sentences": [ { "text": "No dashboard panel showed the pool's use.", "cites": ["T3"] } ], "category": "Monitoring", "firstWhy": "What showed the pool filling up?" },
            { "sentences": [ { "text": "The on-call engineer failed to notice the pool alert.", "cites": ["T2"] } ], "category": "Runbook", "firstWhy": "" }
          ],
          "questions": [ { "text": "What told the responders where to look first?", "cites": ["T2"] } ],
          "lessons": [ { "text": "Pool saturation needs its own signal.", "cites": ["T3", "I1"] } ]
        }
        """;

    [Fact]
    public void EvidenceOf_ACite_IsTheStoredFileOfItsRowOrFigure_InTheOrderThePromptNumberedThem()
    {
        var rows = Incident with
        {
            Timeline = [.. Incident.Timeline.Reverse().Select(r => r.Kind == TimelineEntryKind.FirstSymptom ? r with { EvidenceRef = "postmortems/pm/evidence/prometheus/5xx.json" } : r)],
        };
        ComputedImpact[] impacts =
        [
            new() { Service = "web", NotComputed = "could not compute (Prometheus down)" },
            new() { Service = "api", Figures = [new() { Name = "Failed requests", EvidenceRef = "postmortems/pm/evidence/prometheus/api-impact-failed.json" },
                new() { Name = "Peak error rate", EvidenceRef = "postmortems/pm/evidence/prometheus/api-impact-total.json" }] },
        ];

        Assert.Equal("postmortems/pm/evidence/prometheus/5xx.json", DraftingPrompt.EvidenceOf(rows, impacts, "T1"));
        Assert.Null(DraftingPrompt.EvidenceOf(rows, impacts, "T2"));
        Assert.Equal("postmortems/pm/evidence/prometheus/api-impact-total.json", DraftingPrompt.EvidenceOf(rows, impacts, "I2"));
        Assert.Null(DraftingPrompt.EvidenceOf(rows, impacts, "I3"));
        Assert.Equal("postmortems/pm/evidence/prometheus/5xx.json", DraftingPrompt.EvidenceOf(rows, impacts, "E1"));
        Assert.Null(DraftingPrompt.EvidenceOf(rows, impacts, "E2"));
        Assert.Null(DraftingPrompt.EvidenceOf(rows, impacts, "X1"));
        Assert.Null(DraftingPrompt.EvidenceOf(rows, impacts, "E"));
    }

    [Fact]
    public void Prompt_WithExcerpts_GivesEachExcerptedFileAnId_AndAnExcerptIsShort()
    {
        var rows = Incident with { Timeline = [.. Incident.Timeline.Select((r, i) => r with { EvidenceRef = i == 1 ? null : $"postmortems/pm/evidence/chat/log-{i}.txt" })] };
        var longLog = string.Join("\n", Enumerable.Repeat("10:30 pool exhausted   waiting for a connection", 40));

        var prompt = DraftingPrompt.For(rows, [], new Dictionary<string, string> { ["postmortems/pm/evidence/chat/log-2.txt"] = EvidenceExcerpt.Of(longLog) });

        Assert.Equal(["postmortems/pm/evidence/chat/log-0.txt", "postmortems/pm/evidence/chat/log-2.txt"], DraftingPrompt.EvidenceRefs(rows));
        Assert.Contains("[E2] chat/log-2.txt: 10:30 pool exhausted waiting for a connection 10:30", prompt.Material, StringComparison.Ordinal);
        Assert.DoesNotContain("[E1]", prompt.Material, StringComparison.Ordinal);
        Assert.Contains("E2", prompt.Ids);
        Assert.Equal(EvidenceExcerpt.MaxLength, EvidenceExcerpt.Of(longLog).Length);
    }

    [Fact]
    public void Prompt_NamesPeopleOnlyAsResponders_AndGivesEveryRowAndFigureAnId()
    {
        Assert.Contains("[T2] 2025-02-09 10:09 UTC · acknowledged · responder 1 · Page acknowledged", Prompt.Material, StringComparison.Ordinal);
        Assert.Contains("[I1] api: Failed requests: 46,000", Prompt.Material, StringComparison.Ordinal);
        Assert.DoesNotContain("ana", Prompt.Material, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["I1", "T1", "T2", "T3"], Prompt.Ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void From_AnAnswer_KeepsGroundedSentences_DropsUncitedAndUnknownIds_AndNotesEach()
    {
        var (suggestions, notes) = GroundedSuggestions.From(Answer, Prompt, Incident);

        var summary = Assert.Single(suggestions, s => s.Kind == SuggestionKind.Summary);
        Assert.Equal("Requests to the orders API failed for half an hour while the connection pool was exhausted.", summary.Text);
        Assert.Equal(["T1", "T3"], summary.Cites);
        Assert.DoesNotContain(suggestions, s => s.Kind == SuggestionKind.RootCause);
        Assert.Contains(notes, n => n.Contains("The team worked very hard.", StringComparison.Ordinal) && n.Contains("cites nothing", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("T9, which is not in the material", StringComparison.Ordinal));
        var factor = Assert.Single(suggestions, s => s.Kind == SuggestionKind.ContributingFactor && s.Category == FactorCategory.Monitoring);
        Assert.Equal("What showed the pool filling up?", factor.FirstWhy);
        Assert.Equal(["I1"], suggestions.Single(s => s.Kind == SuggestionKind.ImpactNarrative).Cites);
        Assert.Single(suggestions, s => s.Kind == SuggestionKind.NextWhyQuestion);
        Assert.Single(suggestions, s => s.Kind == SuggestionKind.Lesson);
        Assert.All(suggestions, s => Assert.Equal(SuggestionStatus.Open, s.Status));
        Assert.Equal(suggestions.Count, suggestions.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void From_ABlamingSuggestion_IsRewrittenOrDropped_NeverKeptAsWritten()
    {
        var (suggestions, notes) = GroundedSuggestions.From(Answer, Prompt, Incident);

        Assert.DoesNotContain(suggestions, s => s.Text.Contains("failed to notice", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("blameless-language", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"summary": "a string"}""")]
    [InlineData("""{"summary": [], "impact": [], "rootCause": [], "factors": [], "questions": [{"cites": ["T1"]}], "lessons": []}""")]
    public void From_AMalformedAnswer_IsAFormatException(string answer)
    {
        Assert.Throws<FormatException>(() => GroundedSuggestions.From(answer, Prompt, Incident));
    }
}
