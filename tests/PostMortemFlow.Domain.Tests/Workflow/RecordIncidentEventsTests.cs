using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Tests.Workflow;

public class RecordIncidentEventsTests
{
    private static readonly DateTimeOffset Start = WorkflowScenario.IncidentStart;
    private static readonly DateTimeOffset End = WorkflowScenario.IncidentEnd;

    private static readonly TimelineEntry Acknowledged = new()
    {
        Time = Start.AddMinutes(4), Event = "PagerDuty incident #7 acknowledged by Ana", Source = "pagerduty", Actor = "Ana", Kind = TimelineEntryKind.Acknowledged,
    };

    private static WorkflowScenario OpenIncident(params string[] sources) => new WorkflowScenario { Now = Start.AddMinutes(1) }
        .Declared(WorkflowScenario.Draft() with { Timeline = [], Incident = WorkflowScenario.Draft().Incident with { EndedAt = null } }, sources);

    [Fact]
    public void RecordIncidentEvents_WhileCollecting_MergesRowsInTimeOrder()
    {
        var scenario = OpenIncident("prometheus");
        var paged = Acknowledged with { Time = Start.AddMinutes(1), Event = "Paged", Actor = "System", Kind = TimelineEntryKind.Paged };

        var decision = scenario.Send(new RecordIncidentEvents([Acknowledged, paged], null));

        Assert.False(decision.IsRejected);
        Assert.Equal(Phase.Collecting, scenario.State.Phase);
        Assert.Equal([paged, Acknowledged], scenario.State.PostMortem.Timeline);
    }

    [Fact]
    public void RecordIncidentEvents_Repeated_ChangesNothing()
    {
        var scenario = OpenIncident();
        scenario.Send(new RecordIncidentEvents([Acknowledged], End));
        var before = scenario.State;

        var decision = scenario.Send(new RecordIncidentEvents([Acknowledged], End));

        Assert.Same(before, decision.State);
    }

    [Fact]
    public void RecordIncidentEvents_WithEndTime_SetsTheEndAndMovesThePublishingClock()
    {
        var scenario = OpenIncident();
        Assert.Contains(scenario.State.Timers, t => t.Name == TimerNames.PublishDeadline && t.DueAt == scenario.State.DeclaredAt.AddHours(48));

        scenario.Send(new RecordIncidentEvents([], End));

        Assert.Equal(End, scenario.State.PostMortem.Incident.EndedAt);
        Assert.Contains(scenario.State.Timers, t => t.Name == TimerNames.PublishNudge && t.DueAt == End.AddHours(24));
        Assert.Contains(scenario.State.Timers, t => t.Name == TimerNames.PublishDeadline && t.DueAt == End.AddHours(48));
    }

    [Fact]
    public void RecordIncidentEvents_KnownEnd_IsKept()
    {
        var scenario = new WorkflowScenario().Declared();

        scenario.Send(new RecordIncidentEvents([], End.AddHours(1)));

        Assert.Equal(End, scenario.State.PostMortem.Incident.EndedAt);
    }

    [Fact]
    public void RecordIncidentEvents_EndBeforeStart_IsRefusedNamingTheField()
    {
        var scenario = OpenIncident();

        var decision = scenario.Send(new RecordIncidentEvents([], Start.AddHours(-1)));

        Assert.Equal(RejectionKind.Invalid, decision.Rejection?.Kind);
        Assert.Equal("endedAt", decision.Rejection?.Field);
    }

    [Fact]
    public void RecordIncidentEvents_AfterTheTimelineIsApproved_LeavesTheReviewedTimeline()
    {
        var scenario = new WorkflowScenario().Declared();
        scenario.Send(new ApproveTimeline("rui@example.com"));
        var before = scenario.State;

        var decision = scenario.Send(new RecordIncidentEvents([Acknowledged], End.AddHours(1)));

        Assert.False(decision.IsRejected);
        Assert.Same(before, decision.State);
    }

    [Fact]
    public void RecordIncidentEvents_UnknownPostMortem_IsNotFound()
    {
        var decision = new WorkflowScenario().Send(new RecordIncidentEvents([Acknowledged], null));

        Assert.Equal(RejectionKind.NotFound, decision.Rejection?.Kind);
    }
}
