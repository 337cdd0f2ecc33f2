using System.Collections.Immutable;
using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Drafting;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Tests.Workflow;

public sealed class SuggestionStepsTests
{
    private static WorkflowScenario Enabled(DraftingSettings? drafting = null) => new()
    {
        Settings = WorkflowSettings.Default with { Drafting = drafting ?? DraftingSettings.Default with { SuggestionsEnabled = true, MaxTokensPerPostMortem = 1_000 } },
    };

    private static readonly ImmutableList<Suggestion> Drafted =
    [
        new() { Id = "S1", Kind = SuggestionKind.RootCause, Text = "A query held connections longer than the pool allowed.", Cites = ["T3"] },
        new() { Id = "S2", Kind = SuggestionKind.ContributingFactor, Text = "No panel showed the pool's use.", Category = FactorCategory.Monitoring, FirstWhy = "What would have shown it?", Cites = ["T3"] },
        new() { Id = "S3", Kind = SuggestionKind.Lesson, Text = "Pool saturation needs its own signal.", Cites = ["T3"] },
    ];

    [Fact]
    public void Request_Enabled_EnqueuesOneDraftingEffect_AndTheOutcomeKeepsTheSuggestionsAndTheTokens()
    {
        var scenario = Enabled().Declared();

        scenario.Send(new RequestSuggestions("ana@example.com"));
        var run = scenario.State.Drafting!;
        Assert.Equal((1, DraftingStatus.Requested), (run.Round, run.Status));
        var effect = Assert.Single(scenario.State.Outbox, e => e.Kind == EffectKind.DraftSuggestions);

        scenario.Send(new EffectSucceeded(effect.Id, new SuggestionsDrafted(1, DraftingStatus.Ready, null, Drafted, ["Dropped one."], 400)));

        run = scenario.State.Drafting!;
        Assert.Equal((DraftingStatus.Ready, 400L, 3), (run.Status, run.TokensUsed, run.Suggestions.Count));
        Assert.Equal(["Dropped one."], run.Notes);
    }

    [Fact]
    public void Request_Off_IsRefused_AndRestrictedOrOverBudget_SendsNothing()
    {
        Assert.Equal(RejectionKind.WrongPhase, new WorkflowScenario().Declared().Send(new RequestSuggestions("ana@example.com")).Rejection?.Kind);

        var restricted = Enabled();
        restricted.Send(new DeclarePostMortem("pm-1", WorkflowScenario.Draft(), [], new Restriction { People = ["legal@example.com"] }));
        restricted.Send(new RequestSuggestions("ana@example.com"));
        Assert.Equal(DraftingStatus.Unavailable, restricted.State.Drafting!.Status);
        Assert.Contains("restricted", restricted.State.Drafting.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(restricted.State.Outbox, e => e.Kind == EffectKind.DraftSuggestions);

        var spent = Enabled().Declared();
        spent.Send(new RequestSuggestions("ana@example.com"));
        spent.Send(new EffectSucceeded(spent.State.Outbox.Single(e => e.Kind == EffectKind.DraftSuggestions).Id,
            new SuggestionsDrafted(1, DraftingStatus.Ready, null, Drafted, [], 1_000)));
        spent.Send(new RequestSuggestions("ana@example.com"));
        Assert.Equal((2, DraftingStatus.Unavailable), (spent.State.Drafting!.Round, spent.State.Drafting.Status));
        Assert.Contains("tokens", spent.State.Drafting.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_Accept_IsAnEditByThatPerson_RecordedAsFromASuggestion_AndDismissChangesOnlyTheSuggestion()
    {
        var scenario = Enabled().Declared();
        scenario.Send(new RequestSuggestions("ana@example.com"));
        scenario.Send(new EffectSucceeded(scenario.State.Outbox.Single(e => e.Kind == EffectKind.DraftSuggestions).Id,
            new SuggestionsDrafted(1, DraftingStatus.Ready, null, Drafted, [], 100)));
        var factors = scenario.State.PostMortem.Analysis.Factors.Count;

        scenario.Send(new DecideSuggestion("S1", true, "rui@example.com"));
        scenario.Send(new DecideSuggestion("S2", true, "rui@example.com"));
        var before = scenario.State.PostMortem;
        scenario.Send(new DecideSuggestion("S3", false, "rui@example.com"));

        var pm = scenario.State.PostMortem;
        Assert.Equal("A query held connections longer than the pool allowed.", pm.RootCause);
        Assert.Equal(factors + 1, pm.Analysis.Factors.Count);
        Assert.Equal((FactorCategory.Monitoring, "What would have shown it?"), (pm.Analysis.Factors[^1].Category, pm.Analysis.Factors[^1].Whys[0]));
        Assert.Equal(before, pm);
        Assert.Equal([SuggestionStatus.Accepted, SuggestionStatus.Accepted, SuggestionStatus.Dismissed], scenario.State.Drafting!.Suggestions.Select(s => s.Status));
        Assert.Contains(scenario.State.History, h => h.By == "rui@example.com" && h.Note == "took suggestion S1 (root cause) from drafting round 1 into the analysis");
        Assert.Equal("suggestionId", scenario.Send(new DecideSuggestion("S9", true, "rui@example.com")).Rejection?.Field);
    }
}
