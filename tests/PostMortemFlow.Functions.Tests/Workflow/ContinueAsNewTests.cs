using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Functions.Tests.Infrastructure;
using PostMortemFlow.Functions.Workflow;
using PostMortemFlow.Publishing.Tests.Fakes;

namespace PostMortemFlow.Functions.Tests.Workflow;

/// <summary>The history is cut with continue-as-new; commands raised meanwhile are applied all the same, each once.</summary>
public sealed class ContinueAsNewTests
{
    [Fact]
    public async Task BurstOfCommands_AcrossSeveralEpisodes_EveryOneIsAnsweredAndAppliedOnce()
    {
        await using var app = await FunctionsApp.StartAsync(new Dictionary<string, string?> { ["Evidence:Sources:0"] = "uploads" });
        var workflow = app.Services.GetRequiredService<DurableEngine>().Workflow(app.Client);
        var views = app.Services.GetRequiredService<WorkflowViews>();
        var draft = TestStates.Draft(DateTimeOffset.UtcNow.AddDays(1));
        Assert.Null((await workflow.ExecuteAsync("pm-burst", new DeclarePostMortem("pm-burst", draft, []))).Rejection);
        var before = await app.UntilAsync("pm-burst", s => s.Phase == Phase.TimelineReview && s.Outbox.IsEmpty);

        // 3 × the decisions of an episode, raised together without waiting: several episodes start while events arrive.
        var count = PostMortemOrchestration.DecisionsPerEpisode * 3;
        var sent = await Task.WhenAll(Enumerable.Range(1, count).Select(n => workflow.SendAsync("pm-burst",
            new EditTimeline([.. draft.Timeline, new TimelineEntry { Time = draft.Incident.EndedAt!.Value, Event = $"note {n}", Source = "test", Actor = "-" }], "rui@example.com"),
            null, CancellationToken.None)));
        var results = await Task.WhenAll(sent.Select(s => views.WaitForResultAsync("pm-burst", s.CommandId!)));

        Assert.All(results, r => Assert.Null(r.Rejection));
        var state = await app.UntilAsync("pm-burst", s => s.Outbox.IsEmpty);
        Assert.Equal(before.Version + count, state.Version);
        Assert.Single(state.PostMortem.Timeline, e => e.Event.StartsWith("note ", StringComparison.Ordinal));
        var instance = await app.Client.GetInstanceAsync("pm-burst", getInputsAndOutputs: true);
        using var carry = JsonDocument.Parse(instance!.SerializedInput!);
        // The input of an episode begun after commands were applied: the history was cut while the burst went on.
        var carried = carry.RootElement.EnumerateObject().ToDictionary(p => p.Name.ToLowerInvariant(), p => p.Value);
        Assert.True(carried["applied"].GetArrayLength() > 0, "the orchestration should have continued as new, carrying the commands it applied");
        Assert.True(carried["state"].EnumerateObject().Single(p => p.Name.Equals("version", StringComparison.OrdinalIgnoreCase)).Value.GetInt64() > before.Version, "the carried state should include commands of the burst");
    }
}
