using System.Collections.Immutable;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Tests.Workflow;

public sealed class TicketSyncTests
{
    private static WorkflowScenario Tracked()
    {
        var scenario = new WorkflowScenario().Published();
        scenario.CompleteOutbox(e => e.Kind == EffectKind.CreateTicket ? new TicketCreated(e.Target!, $"https://github.example/o/r/issues/{e.Target}") : null);
        return scenario;
    }

    private static void Synced(WorkflowScenario scenario, string effectId, params (string Id, ActionItemStatus Status)[] statuses) =>
        scenario.Send(new EffectSucceeded(effectId, new TicketStatusesSynced(statuses.ToImmutableDictionary(s => s.Id, s => s.Status))));

    [Fact]
    public void WeeklyReview_TrackedItems_EnqueuesOneSyncPerRound()
    {
        var scenario = Tracked();
        var due = scenario.State.Timers.Single(t => t.Name == TimerNames.WeeklyReview).DueAt;

        scenario.At(due, new TimerFired(TimerNames.WeeklyReview));
        scenario.At(due.AddMinutes(1), new TimerFired(TimerNames.WeeklyReview));

        var sync = Assert.Single(scenario.State.Outbox, e => e.Kind == EffectKind.SyncTickets);
        Assert.Equal("sync:tickets:1", sync.Id);
    }

    [Fact]
    public void WeeklyReview_NoTickets_DoesNotSync()
    {
        var scenario = new WorkflowScenario().Published();
        var due = scenario.State.Timers.Single(t => t.Name == TimerNames.WeeklyReview).DueAt;

        scenario.At(due, new TimerFired(TimerNames.WeeklyReview));

        Assert.DoesNotContain(scenario.State.Outbox, e => e.Kind == EffectKind.SyncTickets);
    }

    [Fact]
    public void TicketStatusesSynced_ClosedTicket_MarksTheItemDoneAndKeepsTheOthers()
    {
        var scenario = Tracked();
        scenario.At(scenario.State.Timers.Single(t => t.Name == TimerNames.WeeklyReview).DueAt, new TimerFired(TimerNames.WeeklyReview));

        Synced(scenario, "sync:tickets:1", ("AI-001", ActionItemStatus.Done), ("AI-002", ActionItemStatus.Open), ("AI-404", ActionItemStatus.Done));

        Assert.Equal(ActionItemStatus.Done, scenario.State.PostMortem.ActionItems.Single(i => i.Id == "AI-001").Status);
        Assert.Equal(ActionItemStatus.Open, scenario.State.PostMortem.ActionItems.Single(i => i.Id == "AI-002").Status);
        Assert.Equal(scenario.Now, scenario.State.ItemStatusChangedAt["AI-001"]);
        Assert.DoesNotContain("AI-002", scenario.State.ItemStatusChangedAt.Keys);
        Assert.DoesNotContain(scenario.State.Outbox, e => e.Kind == EffectKind.SyncTickets);
    }

    [Fact]
    public void TicketStatusesSynced_EverythingDoneInFollowUp_Closes()
    {
        var scenario = Tracked();
        scenario.At(scenario.Now.AddDays(28), new TimerFired(TimerNames.FollowUp));
        Assert.Equal(Phase.FollowUp, scenario.State.Phase);

        scenario.Send(new TicketStatusesSynced(ImmutableDictionary<string, ActionItemStatus>.Empty
            .Add("AI-001", ActionItemStatus.Done).Add("AI-002", ActionItemStatus.WontDo)));

        Assert.Equal(Phase.Closed, scenario.State.Phase);
        Assert.Empty(scenario.State.Timers);
    }

    [Fact]
    public void TicketStatusesSynced_NothingChanged_LeavesTheStateAsItWas()
    {
        var scenario = Tracked();
        var before = scenario.State;

        scenario.Send(new TicketStatusesSynced(ImmutableDictionary<string, ActionItemStatus>.Empty.Add("AI-001", ActionItemStatus.Open)));

        Assert.Same(before, scenario.State);
    }
}
