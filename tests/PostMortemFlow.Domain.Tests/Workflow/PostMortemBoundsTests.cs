using System.Collections.Immutable;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Tests.Workflow;

public sealed class PostMortemBoundsTests
{
    private static readonly string TooLong = new('x', PostMortemBounds.MaxItemText + 1);

    [Fact]
    public void Declare_TwentyThousandServices_IsInvalidNamingServices_AndDeclaresNothing()
    {
        var s = new WorkflowScenario();
        var draft = WorkflowScenario.Draft();
        draft = draft with { Incident = draft.Incident with { AffectedServices = [.. Enumerable.Range(0, 20_000).Select(i => $"svc-{i}")] } };

        var decision = s.Send(new DeclarePostMortem("pm-1", draft, []));

        Assert.Equal((RejectionKind.Invalid, "services"), (decision.Rejection!.Kind, decision.Rejection.Field));
        Assert.Equal(Phase.None, s.State.Phase);
    }

    [Fact]
    public void EditTimeline_OverTheRowBound_OrWithAnOverlongEvent_IsInvalidNamingTheRow()
    {
        var s = new WorkflowScenario().Declared();
        var before = s.State;
        var row = new TimelineEntry { Time = WorkflowScenario.IncidentStart, Event = "error rate above 5%", Source = "prometheus" };

        var many = s.Send(new EditTimeline([.. Enumerable.Repeat(row, PostMortemBounds.MaxTimelineRows + 1)], "rui@example.com"));
        var overlong = s.Send(new EditTimeline([row, row with { Event = TooLong }], "rui@example.com"));

        Assert.Equal("entries", many.Rejection!.Field);
        Assert.Equal("entries[1].event", overlong.Rejection!.Field);
        Assert.Same(before, s.State);
    }

    [Fact]
    public void EditAnalysis_AnOverlongWhy_IsInvalidNamingIt()
    {
        var s = new WorkflowScenario().Declared();
        var factor = new ContributingFactor { Description = "Pool sized for last year", Category = FactorCategory.Capacity, Whys = ["fine", TooLong] };
        var draft = new AnalysisDraft { Summary = "Slow checkout.", Analysis = new Analysis { Factors = [factor] } };

        var decision = PostMortemDecider.Decide(s.State, new EditAnalysis(draft, "ana@example.com"), s.Now, s.Settings);

        Assert.Equal((RejectionKind.Invalid, "analysis.factors[0].whys[1]"), (decision.Rejection!.Kind, decision.Rejection.Field));
    }

    [Fact]
    public void APostMortemAtEveryBound_Fits()
    {
        var text = new string('y', PostMortemBounds.MaxItemText);
        var draft = WorkflowScenario.Draft() with
        {
            Timeline = [.. Enumerable.Repeat(new TimelineEntry { Event = text }, PostMortemBounds.MaxTimelineRows)],
            Analysis = new Analysis { Factors = [.. Enumerable.Repeat(new ContributingFactor { Description = text, Whys = [.. Enumerable.Repeat(text, PostMortemBounds.MaxWhys)] }, PostMortemBounds.MaxFactors)] },
            ActionItems = [.. Enumerable.Repeat(new ActionItem { Action = text }, PostMortemBounds.MaxActionItems)],
            Summary = new string('z', PostMortemBounds.MaxProse),
        };

        Assert.Null(PostMortemBounds.Problem(draft));
        Assert.Equal("analysis.factors", PostMortemBounds.Problem(draft with { Analysis = draft.Analysis with { Factors = draft.Analysis.Factors.Add(new ContributingFactor()) } })?.Field);
    }
}
