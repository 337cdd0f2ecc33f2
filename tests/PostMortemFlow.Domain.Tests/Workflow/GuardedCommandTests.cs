using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Tests.Workflow;

public sealed class GuardedCommandTests
{
    private static EditTimeline Edit(string text) =>
        new([new TimelineEntry { Time = WorkflowScenario.IncidentStart, Event = text, Source = "prometheus" }], "rui@example.com");

    [Fact]
    public void Guarded_OnTheVersionItWasMadeOn_IsApplied()
    {
        var s = new WorkflowScenario().Declared();
        var version = s.State.Version;

        var decision = s.Send(new Guarded(Edit("error rate above 5%"), version));

        Assert.Null(decision.Rejection);
        Assert.Equal(version + 1, s.State.Version);
        Assert.Equal("error rate above 5%", s.State.PostMortem.Timeline[0].Event);
    }

    [Fact]
    public void Guarded_OnAnOlderVersion_IsRefusedAsStale_AndTheOtherEditStays()
    {
        var s = new WorkflowScenario().Declared();
        var seen = s.State.Version;
        s.Send(Edit("first reviewer's row"));
        var before = s.State;

        var decision = s.Send(new Guarded(Edit("second reviewer's row"), seen));

        Assert.Equal(RejectionKind.StaleVersion, decision.Rejection!.Kind);
        Assert.Contains($"version {seen}", decision.Rejection.Message, StringComparison.Ordinal);
        Assert.Same(before, s.State);
        Assert.Equal("first reviewer's row", s.State.PostMortem.Timeline[0].Event);
    }

    [Fact]
    public void Guarded_TravelsAsJson_WithTheCommandInside()
    {
        var json = System.Text.Json.JsonSerializer.Serialize<PostMortemCommand>(new Guarded(new Cancel("ana@example.com", "twice"), 7));

        var back = Assert.IsType<Guarded>(System.Text.Json.JsonSerializer.Deserialize<PostMortemCommand>(json));

        Assert.Equal((7L, "twice"), (back.ExpectedVersion, Assert.IsType<Cancel>(back.Command).Reason));
    }
}
