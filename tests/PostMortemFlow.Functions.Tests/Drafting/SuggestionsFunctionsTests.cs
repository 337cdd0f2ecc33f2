using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Functions.Tests.Infrastructure;
using PostMortemFlow.Publishing.Tests.Fakes;

namespace PostMortemFlow.Functions.Tests.Drafting;

/// <summary>
/// Suggestions in the Functions app: the HTTP function asks, the orchestration runs the drafting as its effect activity,
/// and a model that cannot be reached leaves a reason, never a stalled workflow.
/// </summary>
public sealed class SuggestionsFunctionsTests
{
    [Fact]
    public async Task RequestSuggestions_ModelUnreachable_IsUnavailableWithTheReason_AndTheReviewGoesOn()
    {
        await using var app = await FunctionsApp.StartAsync(new Dictionary<string, string?>
        {
            ["Drafting:Provider"] = "OpenAICompatible",
            ["Drafting:Endpoint"] = "http://127.0.0.1:9/v1/",
            ["Drafting:Model"] = "pmf-model",
            ["Drafting:MaxAttempts"] = "1",
        });
        const string id = "pm-suggest";
        await app.DeclareAsync(id, TestStates.Draft(DateTimeOffset.UtcNow.AddDays(1)));
        await app.UntilAsync(id, s => s.Phase == Phase.TimelineReview);

        var asked = await app.Call.InvokeAsync("POST", $"/api/postmortems/{id}/suggestions", r => app.PostMortems.RequestSuggestionsAsync(r, app.Client, id));

        Assert.Equal(200, asked.Status);
        var state = await app.UntilAsync(id, s => s.Drafting is { Status: DraftingStatus.Unavailable });
        Assert.Equal((1, "The model endpoint could not be reached."), (state.Drafting!.Round, state.Drafting.Reason));
        Assert.Equal(Phase.TimelineReview, state.Phase);
        Assert.DoesNotContain(state.Outbox, e => e.Kind == EffectKind.DraftSuggestions);
    }
}
