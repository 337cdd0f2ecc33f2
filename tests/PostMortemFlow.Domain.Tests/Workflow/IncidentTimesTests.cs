using System.Collections.Immutable;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Tests.Workflow;

/// <summary>The decider refuses a declaration with a time no incident has instead of overflowing when it counts deadlines from it.</summary>
public sealed class IncidentTimesTests
{
    public static TheoryData<DateTimeOffset, DateTimeOffset?, string> FarOff => new()
    {
        { DateTimeOffset.MaxValue, null, "startedAt" },
        { new DateTimeOffset(9999, 12, 31, 23, 59, 59, TimeSpan.Zero), new DateTimeOffset(9999, 12, 31, 23, 59, 59, TimeSpan.Zero), "startedAt" },
        { new DateTimeOffset(1, 1, 2, 0, 0, 0, TimeSpan.Zero), null, "startedAt" },
        { WorkflowScenario.IncidentStart, DateTimeOffset.MaxValue, "endedAt" },
        { WorkflowScenario.IncidentStart, new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.FromHours(14)), "endedAt" },
    };

    [Theory]
    [MemberData(nameof(FarOff))]
    public void Declare_FarOffTimes_IsInvalidNamingTheField_AndChangesNothing(DateTimeOffset started, DateTimeOffset? ended, string field)
    {
        var s = new WorkflowScenario();
        var draft = WorkflowScenario.Draft();
        draft = draft with { Incident = draft.Incident with { StartedAt = started, EndedAt = ended } };

        var decision = s.Send(new DeclarePostMortem("pm-1", draft, []));

        Assert.Equal((RejectionKind.Invalid, field), (decision.Rejection!.Kind, decision.Rejection.Field));
        Assert.Equal(Phase.None, s.State.Phase);
    }

    [Fact]
    public void Declare_AMaintenanceWindowEndingNextMonth_IsAccepted()
    {
        var s = new WorkflowScenario();
        var draft = WorkflowScenario.Draft();
        draft = draft with { Incident = draft.Incident with { StartedAt = s.Now.AddDays(-1), EndedAt = s.Now.AddDays(30) } };

        Assert.Null(s.Send(new DeclarePostMortem("pm-1", draft, [])).Rejection);
    }

    [Fact]
    public void TimelineRowsAtTheEndsOfTime_AreDecided_Linted_Rendered_AndSigned_WithoutAFailure()
    {
        var s = new WorkflowScenario().Declared();
        var rows = new[] { DateTimeOffset.MinValue, DateTimeOffset.MaxValue, new DateTimeOffset(1, 1, 1, 13, 0, 0, TimeSpan.FromHours(13)) }
            .Select((time, i) => new Domain.Model.TimelineEntry
            {
                Time = time, Event = $"row {i}: error rate above 5%", Source = "prometheus",
                Kind = (Domain.Model.TimelineEntryKind)(i % 2 == 0 ? 1 : 8),
            })
            .ToImmutableList();

        var decision = s.Send(new EditTimeline(rows, "rui@example.com"));
        var report = WorkflowReport.Of(s.State);

        Assert.False(decision.IsRejected && decision.Rejection!.Kind != RejectionKind.RuleErrors);
        Assert.NotEmpty(report.Markdown);
        Assert.NotEmpty(report.Lint.Findings);
        _ = s.State.CurrentSignature();
        _ = Domain.Metrics.IncidentMetrics.From(s.State.PostMortem);
        _ = Domain.Insights.PostMortemFacts.From(s.State);
    }
}
