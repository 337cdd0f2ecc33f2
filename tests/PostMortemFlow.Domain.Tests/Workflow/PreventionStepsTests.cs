using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Prevention;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Tests.Workflow;

public sealed class PreventionStepsTests
{
    private const string RateRef = "postmortems/pm-1/evidence/prometheus/api-5xx-rate.json";

    private static readonly SignatureQuery Detection = new()
    {
        Name = "api-5xx-rate", Query = "sum(rate(http_requests_total{code=\"500\"}[5m]))", Series = "", Baseline = 0.2, Threshold = 0.3,
        FirstAbove = WorkflowScenario.IncidentStart, EvidenceRef = RateRef,
    };

    /// <summary>Declared with the Prometheus source, which drafts a first symptom and an alert, then published with AI-001 tracked.</summary>
    private static WorkflowScenario Published()
    {
        var scenario = new WorkflowScenario();
        scenario.Send(new DeclarePostMortem("pm-1", WorkflowScenario.Draft(
            WorkflowScenario.Item("AI-001", ActionPriority.High, new DateOnly(2025, 3, 1)),
            WorkflowScenario.Item("AI-002", ActionPriority.Low, new DateOnly(2025, 4, 1))), ["prometheus"]));
        scenario.Send(new CollectorFinished("prometheus",
        [
            new TimelineEntry { Time = WorkflowScenario.IncidentStart, Event = "First symptom: api-5xx-rate above its baseline (25.7 > 0.3, baseline 0.2)", Source = "prometheus", Kind = TimelineEntryKind.FirstSymptom, EvidenceRef = RateRef },
            new TimelineEntry { Time = WorkflowScenario.IncidentStart.AddMinutes(3), Event = "Alert HighErrorRate firing", Source = "prometheus", Kind = TimelineEntryKind.Detected },
        ], [], [Detection with { Source = "prometheus" }]));
        scenario.Send(new ApproveTimeline("rui@example.com"));
        scenario.Send(new ApproveAnalysis("rui@example.com"));
        scenario.Send(new ApproveReport("rui@example.com"));
        scenario.CompleteOutbox(e => e.Kind switch
        {
            EffectKind.PublishReport => new ReportPublished("https://sharepoint.example/pm-1"),
            EffectKind.CreateTicket => new TicketCreated(e.Target!, $"https://github.example/o/r/issues/{e.Target![^1]}"),
            _ => null,
        });
        scenario.CompleteOutbox(e => e.Kind == EffectKind.CreateTicket ? new TicketCreated(e.Target!, $"https://github.example/o/r/issues/{e.Target![^1]}") : null);
        return scenario;
    }

    private static RecurrenceCheck Check(WorkflowScenario scenario, string trigger, params DateTimeOffset[] fired) => new()
    {
        Trigger = trigger, From = scenario.State.PublishedAt!.Value, To = scenario.Now, CheckedAt = scenario.Now,
        Queries = [new QueryRecurrence { Name = "api-5xx-rate", Threshold = 0.3, CoveredFrom = scenario.State.PublishedAt, CoveredTo = scenario.Now,
            Episodes = [.. fired.Select(t => new RecurrenceEpisode { Start = t, End = t.AddMinutes(30), Peak = 25.7 })] }],
        Alerts = [new AlertRecurrence { Name = "HighErrorRate", FiredAt = [.. fired] }],
    };

    [Fact]
    public void Publishing_KeepsTheSignature_FromTheTimelineAndTheDetections()
    {
        var scenario = Published();

        var signature = scenario.State.Signature;
        Assert.NotNull(signature);
        Assert.Equal(("api-5xx-rate", 0.3, "prometheus"), (signature.Queries.Single().Name, signature.Queries.Single().Threshold, signature.Queries.Single().Source));
        Assert.Equal(["HighErrorRate"], signature.Alerts.Select(a => a.Name));
    }

    [Fact]
    public void FollowUpTimer_EnqueuesTheFollowUpCheck_Once()
    {
        var scenario = Published();

        scenario.At(scenario.Now.AddDays(28), new TimerFired(TimerNames.FollowUp));
        scenario.Send(new TimerFired(TimerNames.FollowUp));

        var check = Assert.Single(scenario.State.Outbox, e => e.Kind == EffectKind.CheckRecurrence);
        Assert.Equal(("recurrence:follow-up", RecurrenceCheck.FollowUp), (check.Id, check.Target));
    }

    [Fact]
    public void RecurrenceChecked_AfterTheFollowUp_KeepsTheResult_JudgesTheDoneItem_MailsAndCommentsOnItsTicket()
    {
        var scenario = Published();
        var published = scenario.State.PublishedAt!.Value;
        scenario.At(published.AddDays(2), new ChangeActionItemStatus("AI-001", ActionItemStatus.Done, "omar"));
        scenario.At(published.AddDays(28), new TimerFired(TimerNames.FollowUp));

        scenario.Send(new EffectSucceeded("recurrence:follow-up", new RecurrenceChecked(Check(scenario, RecurrenceCheck.FollowUp, published.AddDays(10)))));

        var recurrence = scenario.State.Recurrence;
        Assert.NotNull(recurrence);
        var verdict = Assert.Single(recurrence.Verdicts);
        Assert.Equal(("AI-001", PreventionVerdict.NotEffective), (verdict.ItemId, verdict.Verdict));
        var mail = Assert.Single(scenario.Emails(EmailPurpose.FollowUpReport));
        Assert.StartsWith("HighErrorRate fired once since publication (", mail.Body);
        Assert.Contains("AI-001: not effective", mail.Body);
        var comment = Assert.Single(scenario.State.Outbox, e => e.Kind == EffectKind.CommentTicket);
        Assert.Equal("AI-001", comment.Target);
        Assert.Contains("not effective", comment.Text);
        Assert.Contains("Prevention check", WorkflowReport.Of(scenario.State).Markdown);
        Assert.Contains("AI-001: not effective", WorkflowReport.Of(scenario.State).Markdown);
    }

    [Fact]
    public void RecurrenceChecked_OfARestrictedPostMortem_CommentsOnItsTicketWithoutTheVerdictsDetails()
    {
        var scenario = Published();
        var published = scenario.State.PublishedAt!.Value;
        scenario.Send(new ChangeVisibility(new PostMortemFlow.Domain.Access.Restriction(), "ana@example.com"));
        scenario.At(published.AddDays(2), new ChangeActionItemStatus("AI-001", ActionItemStatus.Done, "ana@example.com"));
        scenario.At(published.AddDays(28), new TimerFired(TimerNames.FollowUp));

        scenario.Send(new EffectSucceeded("recurrence:follow-up", new RecurrenceChecked(Check(scenario, RecurrenceCheck.FollowUp, published.AddDays(10)))));

        var comment = Assert.Single(scenario.State.Outbox, e => e.Kind == EffectKind.CommentTicket);
        Assert.Equal(PostMortemFlow.Domain.Publishing.TicketText.RestrictedComment, comment.Text);
        Assert.DoesNotContain("HighErrorRate", comment.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void RecurrenceChecked_SameVerdictAgain_DoesNotCommentTwice()
    {
        var scenario = Published();
        scenario.At(scenario.State.PublishedAt!.Value.AddDays(1), new ChangeActionItemStatus("AI-001", ActionItemStatus.Done, "omar"));
        scenario.At(scenario.Now.AddDays(5), new CheckRecurrence("ana"));
        scenario.Send(new EffectSucceeded("recurrence:1", new RecurrenceChecked(Check(scenario, RecurrenceCheck.OnDemand))));
        scenario.CompleteOutbox();

        scenario.At(scenario.Now.AddDays(5), new CheckRecurrence("ana"));
        scenario.Send(new EffectSucceeded("recurrence:2", new RecurrenceChecked(Check(scenario, RecurrenceCheck.OnDemand))));

        Assert.Equal(PreventionVerdict.Verified, scenario.State.Recurrence!.VerdictOf("AI-001")!.Verdict);
        Assert.DoesNotContain(scenario.State.Outbox, e => e.Kind == EffectKind.CommentTicket);
        Assert.Single(scenario.State.Completed, e => e.Kind == EffectKind.CommentTicket);
        Assert.Empty(scenario.Emails(EmailPurpose.FollowUpReport)); // on demand: the result is in the state, no e-mail
    }

    [Fact]
    public void CheckRecurrence_BeforePublishing_IsTheWrongPhase()
    {
        var scenario = new WorkflowScenario().Declared();

        var decision = scenario.Send(new CheckRecurrence("ana"));

        Assert.Equal(RejectionKind.WrongPhase, decision.Rejection?.Kind);
    }

    [Fact]
    public void CheckRecurrence_WhileOneWaits_AddsNoSecond()
    {
        var scenario = Published();

        scenario.Send(new CheckRecurrence("ana"));
        scenario.Send(new CheckRecurrence("ana"));

        Assert.Single(scenario.State.Outbox, e => e.Kind == EffectKind.CheckRecurrence);
    }

    [Fact]
    public void FollowUpCheck_LandingAfterTheWorkflowClosed_IsStillKept()
    {
        var scenario = Published();
        scenario.Send(new ChangeActionItemStatus("AI-001", ActionItemStatus.Done, "omar"));
        scenario.Send(new ChangeActionItemStatus("AI-002", ActionItemStatus.WontDo, "omar"));
        scenario.At(scenario.Now.AddDays(28), new TimerFired(TimerNames.FollowUp));
        Assert.Equal(Phase.Closed, scenario.State.Phase);

        scenario.Send(new EffectSucceeded("recurrence:follow-up", new RecurrenceChecked(Check(scenario, RecurrenceCheck.FollowUp))));

        Assert.Equal(PreventionVerdict.Verified, scenario.State.Recurrence?.VerdictOf("AI-001")?.Verdict);
        Assert.Single(scenario.Emails(EmailPurpose.FollowUpReport));
    }
}
