using PostMortemFlow.Domain.History;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Tests.Workflow;

public sealed class ChangeHistoryTests
{
    private const string Rui = "rui@example.com";
    private const string Mei = "mei@example.com";

    private static TimelineEntry Row(int minute, string text, string source = "prometheus") =>
        new() { Time = WorkflowScenario.IncidentStart.AddMinutes(minute), Event = text, Source = source };

    private static WorkflowScenario InReview() => new WorkflowScenario().Declared();

    [Fact]
    public void EveryAcceptedEdit_IsKept_WithWhoWhenCommandAndDiff()
    {
        var s = InReview();
        var declared = s.State.Version;
        s.Send(new EditTimeline(s.State.PostMortem.Timeline.Add(Row(20, "rolled back release 41")), Rui));
        s.Now = s.Now.AddMinutes(3);
        s.Send(new EditAnalysis(AnalysisDraft.Of(s.State.PostMortem) with { Summary = "Checkout failed for 30 minutes." }, Mei));

        Assert.Equal(declared, s.State.ChangesFrom);
        Assert.Collection(s.State.Changes,
            timeline =>
            {
                Assert.Equal((Rui, nameof(EditTimeline), declared + 1), (timeline.By, timeline.Command, timeline.Version));
                var added = Assert.Single(timeline.Edits);
                Assert.Equal(EditKind.Added, added.Kind);
                Assert.Contains("rolled back release 41", added.After, StringComparison.Ordinal);
            },
            analysis =>
            {
                Assert.Equal((Mei, s.Now), (analysis.By, analysis.At));
                Assert.Equal("summary", Assert.Single(analysis.Edits).Field);
            });
    }

    [Fact]
    public void AnEditorsName_KeptWithEachChange_IsHeldToANamesLength()
    {
        var s = InReview();
        var before = s.State;

        var decision = s.Send(new EditTimeline([Row(1, "only row")], new string('x', 300)));

        Assert.Equal("by", decision.Rejection!.Field);
        Assert.Same(before, s.State);
    }

    [Fact]
    public void AnEarlierVersion_IsRebuiltFromTheDiffs()
    {
        var s = InReview();
        var original = s.State.PostMortem;
        var declared = s.State.Version;
        s.Send(new EditTimeline([Row(1, "only row")], Rui));
        var afterFirst = s.State.Version;
        s.Send(new EditAnalysis(AnalysisDraft.Of(s.State.PostMortem) with { RootCause = "A retry storm." }, Mei));
        s.CompleteOutbox();

        Assert.Equal(DocumentDiff.ToJson(original), DocumentDiff.ToJson(PostMortemHistory.At(s.State, declared)!));
        Assert.Equal("only row", Assert.Single(PostMortemHistory.At(s.State, afterFirst)!.Timeline).Event);
        Assert.NotEqual("A retry storm.", PostMortemHistory.At(s.State, afterFirst)!.RootCause);
        Assert.Null(PostMortemHistory.At(s.State, declared - 1));
    }

    [Fact]
    public void Restore_PutsTheTimelineBack_AsAnEditOfItsOwn()
    {
        var s = InReview();
        var declared = s.State.Version;
        var original = s.State.PostMortem.Timeline;
        s.Send(new EditTimeline([Row(1, "only row")], Rui));

        var decision = s.Send(new RestoreVersion(declared, RestoredPart.Timeline, Mei));

        Assert.Null(decision.Rejection);
        Assert.Equal(original.Select(r => r.Event), s.State.PostMortem.Timeline.Select(r => r.Event));
        var restore = s.State.Changes[^1];
        Assert.Equal((Mei, nameof(RestoreVersion), $"restored the timeline of version {declared}"), (restore.By, restore.Command, restore.Note));
    }

    [Fact]
    public void Restore_IsChecked_LikeAnyEdit()
    {
        var s = InReview();
        s.Send(new ApproveTimeline(Rui));
        s.Send(new ApproveAnalysis(Rui));

        var decision = s.Send(new RestoreVersion(s.State.ChangesFrom, RestoredPart.Timeline, Mei));

        Assert.Equal(RejectionKind.WrongPhase, decision.Rejection!.Kind);
    }

    [Fact]
    public void TheHistory_IsBounded_AndOlderVersionsAreCompactedAway()
    {
        var s = InReview();
        for (var i = 0; i < 230; i++)
        {
            s.Send(new EditAnalysis(AnalysisDraft.Of(s.State.PostMortem) with { Summary = $"Summary, take {i}." }, Rui));
        }

        Assert.Equal(200, s.State.Changes.Count);
        Assert.Equal(s.State.Changes[0].Version - 1, s.State.ChangesFrom);
        Assert.Equal("Summary, take 29.", PostMortemHistory.At(s.State, s.State.ChangesFrom)!.Summary);
        var refused = s.Send(new RestoreVersion(s.State.ChangesFrom - 1, RestoredPart.Analysis, Mei));
        Assert.Equal("version", refused.Rejection!.Field);
    }

    [Fact]
    public void AStaleEdit_WhenOnlyEmailsWentOutSince_IsApplied()
    {
        var s = InReview();
        var seen = s.State.Version;
        s.CompleteOutbox();
        Assert.NotEqual(seen, s.State.Version);

        var decision = s.Send(new Guarded(new EditTimeline([Row(1, "only row")], Rui), seen));

        Assert.Null(decision.Rejection);
    }

    [Fact]
    public void AStaleTimelineEdit_MergesWithRowsTheWorkflowAddedMeanwhile()
    {
        var s = InReview();
        var seen = s.State.Version;
        var mine = s.State.PostMortem.Timeline.SetItem(0, s.State.PostMortem.Timeline[0] with { Event = "first alert fired (corrected)" })
            .Add(Row(29, "status page updated"));
        var acknowledged = Row(2, "PagerDuty incident acknowledged by Ana", "pagerduty") with { Actor = "Ana", Kind = TimelineEntryKind.Acknowledged };
        s.Send(new RecordIncidentEvents([acknowledged], null));

        var decision = s.Send(new Guarded(new EditTimeline(mine, Rui), seen));

        Assert.Null(decision.Rejection);
        var events = s.State.PostMortem.Timeline.Select(r => r.Event).ToList();
        Assert.Contains("PagerDuty incident acknowledged by Ana", events);
        Assert.Contains("first alert fired (corrected)", events);
        Assert.Contains("status page updated", events);
        Assert.Equal(mine.Count + 1, events.Count);
    }

    [Fact]
    public void AnEvidenceCollectorsTail_AddingRowsWhileAPersonEditsOthers_LosesNeither()
    {
        var s = new WorkflowScenario().Declared(null, "prometheus");
        var tail = s.Now.AddMinutes(25);
        s.Send(new CollectorFinished("prometheus", [], [], TailDueAt: tail));
        var seen = s.State.Version;
        var timeline = s.State.PostMortem.Timeline;
        var mine = timeline.SetItem(1, timeline[1] with { Event = "error budget alert fired (page went to the secondary)" });

        s.At(tail, new TimerFired(TimerNames.EvidenceTail("prometheus")));
        s.At(tail.AddMinutes(1), new CollectorFinished("prometheus", [Row(40, "error rate back under 1% for 10 minutes")], []));
        Assert.Equal(timeline.Count + 1, s.State.PostMortem.Timeline.Count);
        var decision = s.Send(new Guarded(new EditTimeline(mine, Rui), seen));

        Assert.Null(decision.Rejection);
        var events = s.State.PostMortem.Timeline.Select(r => r.Event).ToList();
        Assert.Contains("error rate back under 1% for 10 minutes", events);
        Assert.Contains("error budget alert fired (page went to the secondary)", events);
        Assert.Equal(timeline.Count + 1, events.Count);
        Assert.Equal(["system", Rui], s.State.Changes.TakeLast(2).Select(c => c.By));
    }

    [Fact]
    public void AStaleTimelineEdit_OfARowTheWorkflowAlsoChanged_IsRefused()
    {
        var s = InReview();
        var seen = s.State.Version;
        var timeline = s.State.PostMortem.Timeline;
        s.Send(new EditTimeline(timeline.SetItem(0, timeline[0] with { Event = "changed by Rui" }), Rui));

        var decision = s.Send(new Guarded(new EditTimeline(timeline.SetItem(0, timeline[0] with { Event = "changed by Mei" }), Mei), seen));

        Assert.Equal(RejectionKind.StaleVersion, decision.Rejection!.Kind);
        Assert.Equal("changed by Rui", s.State.PostMortem.Timeline[0].Event);
        Assert.Equal(Rui, Assert.Single(PostMortemHistory.Since(s.State, seen)).By);
    }
}
