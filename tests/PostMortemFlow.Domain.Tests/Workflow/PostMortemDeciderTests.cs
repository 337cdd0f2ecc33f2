using System.Collections.Immutable;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Tests.Workflow;

public class PostMortemDeciderTests
{
    private static readonly DateTimeOffset End = WorkflowScenario.IncidentEnd;

    [Fact]
    public void Declare_WithSources_CollectsEachAndStartsThePublishingClock()
    {
        var scenario = new WorkflowScenario().Declared(null, "prometheus", "alertmanager");

        Assert.Equal(Phase.Collecting, scenario.State.Phase);
        Assert.Equal(["collect:prometheus", "collect:alertmanager"], scenario.State.Outbox.Select(e => e.Id));
        Assert.All(scenario.State.Outbox, e => Assert.Equal(EffectKind.CollectEvidence, e.Kind));
        Assert.Contains(scenario.State.Timers, t => t.Name == TimerNames.PublishNudge && t.DueAt == End.AddHours(24));
        Assert.Contains(scenario.State.Timers, t => t.Name == TimerNames.PublishDeadline && t.DueAt == End.AddHours(48));
    }

    [Fact]
    public void Declare_WithoutSources_GoesStraightToTimelineReviewAndMailsReviewers()
    {
        var scenario = new WorkflowScenario().Declared();

        Assert.Equal(Phase.TimelineReview, scenario.State.Phase);
        var email = Assert.Single(scenario.Emails(EmailPurpose.TimelineReviewRequest));
        Assert.Equal(["rui@example.com", "mei@example.com"], email.To);
    }

    [Fact]
    public void Declare_NearMissWithoutEnd_CountsFromTheDeclaration()
    {
        var draft = WorkflowScenario.Draft() with { Incident = WorkflowScenario.Draft().Incident with { EndedAt = null, IsNearMiss = true } };
        var scenario = new WorkflowScenario { Now = End.AddHours(3) }.Declared(draft);

        Assert.Contains(scenario.State.Timers, t => t.Name == TimerNames.PublishNudge && t.DueAt == End.AddHours(27));
    }

    [Fact]
    public void Declare_Twice_ChangesNothing()
    {
        var scenario = new WorkflowScenario().Declared();
        var before = scenario.State;

        var decision = scenario.Send(new DeclarePostMortem("pm-1", WorkflowScenario.Draft() with { Title = "Other" }, []));

        Assert.False(decision.IsRejected);
        Assert.Same(before, decision.State);
    }

    public static TheoryData<PostMortem, string> InvalidDrafts() => new()
    {
        { WorkflowScenario.Draft() with { Title = " " }, "title" },
        { WorkflowScenario.Draft() with { Incident = new Incident { EndedAt = End } }, "startedAt" },
        { WorkflowScenario.Draft() with { Incident = WorkflowScenario.Draft().Incident with { EndedAt = End.AddDays(-1) } }, "endedAt" },
    };

    [Theory]
    [MemberData(nameof(InvalidDrafts))]
    public void Declare_InvalidDraft_IsRefusedNamingTheField(PostMortem draft, string field)
    {
        var scenario = new WorkflowScenario();

        var decision = scenario.Send(new DeclarePostMortem("pm-1", draft, []));

        Assert.Equal(RejectionKind.Invalid, decision.Rejection?.Kind);
        Assert.Equal(field, decision.Rejection?.Field);
        Assert.Equal(Phase.None, decision.State.Phase);
    }

    [Fact]
    public void AnyCommand_UnknownPostMortem_IsNotFound()
    {
        var decision = new WorkflowScenario().Send(new ApproveTimeline("rui"));

        Assert.Equal(RejectionKind.NotFound, decision.Rejection?.Kind);
    }

    [Fact]
    public void CollectorFinished_MergesEntriesAndGaps_AndTheLastOneOpensTimelineReview()
    {
        var scenario = new WorkflowScenario().Declared(WorkflowScenario.Draft() with { Timeline = [] }, "prometheus", "alertmanager");
        var fired = new TimelineEntry { Time = End.AddMinutes(-32), Event = "HighErrorRate fired", Source = "alertmanager", Kind = TimelineEntryKind.Detected };
        var symptom = new TimelineEntry { Time = End.AddMinutes(-35), Event = "5xx rate above baseline", Source = "prometheus", Kind = TimelineEntryKind.FirstSymptom };
        var gap = new DataGap { Source = "prometheus", From = End.AddMinutes(-10), To = End, Reason = "scrape failures" };

        scenario.Send(new CollectorFinished("alertmanager", [fired], []));
        Assert.Equal(Phase.Collecting, scenario.State.Phase);
        scenario.Send(new CollectorFinished("prometheus", [symptom, fired with { Source = "prometheus" }], [gap]));

        Assert.Equal(Phase.TimelineReview, scenario.State.Phase);
        Assert.Equal([symptom.Time, fired.Time], scenario.State.PostMortem.Timeline.Select(e => e.Time));
        Assert.Equal([gap], scenario.State.PostMortem.DataGaps);
    }

    [Fact]
    public void CollectorFinished_WithComputedImpact_KeepsItAsAProposalAndAFreshCollectionReplacesIt()
    {
        var scenario = new WorkflowScenario().Declared(null, "prometheus", "alertmanager");
        var written = scenario.State.PostMortem.Impact;
        var first = new ComputedImpact { Service = "api", Source = "prometheus", FailedRequests = 1000 };

        scenario.Send(new CollectorFinished("prometheus", [], [], Impacts: [first]));
        scenario.Send(new CollectorFinished("alertmanager", [], []));
        Assert.Equal([first], scenario.State.ComputedImpacts);
        Assert.Equal(written, scenario.State.PostMortem.Impact);

        scenario.Send(new CollectEvidence("prometheus"));
        var second = first with { FailedRequests = null, NotComputed = "could not compute (down)" };
        scenario.Send(new CollectorFinished("prometheus", [], [], Impacts: [second]));

        Assert.Equal([second], scenario.State.ComputedImpacts);
    }

    [Fact]
    public void CollectorFinished_WindowStillInTheFuture_SchedulesTheTail_WhichCollectsTheSourceAgainOnceItHasPassed()
    {
        var scenario = new WorkflowScenario().Declared(null, "prometheus");
        var tail = scenario.Now.AddMinutes(25);

        scenario.Send(new CollectorFinished("prometheus", [], [], TailDueAt: tail));
        Assert.Equal(Phase.TimelineReview, scenario.State.Phase);
        Assert.Contains(scenario.State.Timers, t => t.Name == "evidence-tail:prometheus" && t.DueAt == tail);

        scenario.At(tail.AddSeconds(-1), new TimerFired(TimerNames.EvidenceTail("prometheus")));
        Assert.DoesNotContain("prometheus", scenario.State.PendingSources);

        scenario.At(tail, new TimerFired(TimerNames.EvidenceTail("prometheus")));
        Assert.Contains("prometheus", scenario.State.PendingSources);
        Assert.Contains(scenario.State.Outbox, e => e.Kind == EffectKind.CollectEvidence && e.Target == "prometheus");
        Assert.DoesNotContain(scenario.State.Timers, t => t.Name.StartsWith(TimerNames.EvidenceTailPrefix, StringComparison.Ordinal));

        scenario.At(tail.AddMinutes(1), new CollectorFinished("prometheus", [], []));
        Assert.DoesNotContain(scenario.State.Timers, t => t.Name.StartsWith(TimerNames.EvidenceTailPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void EvidenceTail_AfterTheTimelineWasApproved_CollectsNothing()
    {
        var scenario = new WorkflowScenario().Declared(null, "prometheus");
        var tail = scenario.Now.AddMinutes(25);
        scenario.Send(new CollectorFinished("prometheus", [], [], TailDueAt: tail));
        scenario.Send(new ApproveTimeline("rui@example.com"));
        Assert.Equal(Phase.AnalysisReview, scenario.State.Phase);
        var outbox = scenario.State.Outbox;

        scenario.At(tail, new TimerFired(TimerNames.EvidenceTail("prometheus")));

        Assert.Empty(scenario.State.PendingSources);
        Assert.Equal(outbox, scenario.State.Outbox);
        Assert.DoesNotContain(scenario.State.Timers, t => t.Name.StartsWith(TimerNames.EvidenceTailPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void CollectorFinished_Repeated_ChangesNothing()
    {
        var scenario = new WorkflowScenario().Declared(null, "prometheus", "alertmanager");
        scenario.Send(new CollectorFinished("prometheus", [], []));
        var before = scenario.State;

        scenario.Send(new CollectorFinished("prometheus", [new TimelineEntry { Time = End, Event = "late duplicate" }], []));

        Assert.Same(before, scenario.State);
    }

    [Fact]
    public void CollectEvidence_DuringTimelineReview_QueuesAFreshCollection()
    {
        var scenario = new WorkflowScenario().Declared();

        scenario.Send(new CollectEvidence("uploads"));

        Assert.Contains("uploads", scenario.State.PendingSources);
        Assert.Single(scenario.State.Outbox, e => e.Kind == EffectKind.CollectEvidence && e.Target == "uploads");
        Assert.Equal(Phase.TimelineReview, scenario.State.Phase);
    }

    [Fact]
    public void EditTimeline_BlankEvent_IsRefusedNamingTheEntry()
    {
        var scenario = new WorkflowScenario().Declared();
        var before = scenario.State;

        var decision = scenario.Send(new EditTimeline([new TimelineEntry { Time = End, Event = "ok" }, new TimelineEntry { Time = End }], "rui"));

        Assert.Equal("entries[1].event", decision.Rejection?.Field);
        Assert.Same(before, scenario.State);
    }

    public static TheoryData<PostMortemCommand> CommandsOutOfPhaseInTimelineReview() => new()
    {
        new ApproveAnalysis("rui"),
        new ApproveReport("rui"),
        new RequestChanges("rui", "why"),
        new ReportPublished("x"),
        new ChangeActionItemStatus("AI-001", ActionItemStatus.Done, "omar"),
    };

    [Theory]
    [MemberData(nameof(CommandsOutOfPhaseInTimelineReview))]
    public void Command_WrongPhase_IsRefusedAndChangesNothing(PostMortemCommand command)
    {
        var scenario = new WorkflowScenario().Declared();
        var before = scenario.State;

        var decision = scenario.Send(command);

        Assert.Equal(RejectionKind.WrongPhase, decision.Rejection?.Kind);
        Assert.Same(before, scenario.State);
    }

    [Fact]
    public void Approvals_WalkThePhasesAndMailEachReview()
    {
        var scenario = new WorkflowScenario().Declared();

        scenario.Send(new ApproveTimeline("rui"));
        Assert.Equal(Phase.AnalysisReview, scenario.State.Phase);
        Assert.Single(scenario.Emails(EmailPurpose.AnalysisReviewRequest));

        scenario.Send(new ApproveAnalysis("rui"));
        Assert.Equal(Phase.Approval, scenario.State.Phase);
        Assert.Single(scenario.Emails(EmailPurpose.ApprovalRequest));

        scenario.Send(new ApproveReport("mei"));
        Assert.Equal(Phase.Publishing, scenario.State.Phase);
        Assert.Single(scenario.State.Outbox, e => e.Kind == EffectKind.PublishReport);
        Assert.Equal(new DateOnly(2025, 2, 9), scenario.State.PostMortem.ReviewedOn);
    }

    [Fact]
    public void RequestChanges_FromApproval_GoesBackOnePhaseWithFreshEmailKeys()
    {
        var scenario = new WorkflowScenario().Declared();
        scenario.Send(new ApproveTimeline("rui"));
        scenario.Send(new ApproveAnalysis("rui"));
        var firstRequest = scenario.State.Outbox.Single(e => e.Email?.Purpose == EmailPurpose.AnalysisReviewRequest).Id;

        scenario.Send(new RequestChanges("mei", "AI-003 needs an owner"));

        Assert.Equal(Phase.AnalysisReview, scenario.State.Phase);
        var requests = scenario.State.Outbox.Where(e => e.Email?.Purpose == EmailPurpose.AnalysisReviewRequest).Select(e => e.Id).ToList();
        Assert.Equal(2, requests.Count);
        Assert.Contains(firstRequest, requests);
        Assert.Contains(scenario.State.Outbox, e => e.Email?.Purpose == EmailPurpose.ChangesRequested && e.Email.Body.Contains("AI-003 needs an owner"));
        Assert.Equal("AI-003 needs an owner", scenario.State.History[^1].Note);
    }

    [Fact]
    public void RequestChanges_WithoutReason_IsInvalid()
    {
        var scenario = new WorkflowScenario().Declared();
        scenario.Send(new ApproveTimeline("rui"));

        Assert.Equal("reason", scenario.Send(new RequestChanges("mei", "")).Rejection?.Field);
    }

    [Fact]
    public void ReportPublished_StartsTrackingTicketsFollowUpAndStopsThePublishingClock()
    {
        var scenario = new WorkflowScenario().Published();

        Assert.Equal(Phase.Tracking, scenario.State.Phase);
        Assert.Equal(scenario.Now, scenario.State.PublishedAt);
        Assert.Equal(["ticket:AI-001", "ticket:AI-002"], scenario.State.Outbox.Where(e => e.Kind == EffectKind.CreateTicket).Select(e => e.Id));
        var invite = Assert.Single(scenario.State.Outbox, e => e.Kind == EffectKind.ScheduleFollowUp);
        Assert.Equal(scenario.Now.AddDays(28), invite.At);
        var published = Assert.Single(scenario.State.Outbox, e => e.Email?.Purpose == EmailPurpose.PublishedReport);
        Assert.Contains("https://sharepoint.example/pm-1", published.Email!.Body);
        Assert.Contains("vp@example.com", published.Email.To);
        Assert.Equal([TimerNames.FollowUp, TimerNames.WeeklyReview], scenario.State.Timers.Select(t => t.Name).Order());
    }

    [Fact]
    public void ReportPublished_AudiencesOfTheAffectedServices_ReceiveTheReportToo()
    {
        var audiences = new Dictionary<string, ImmutableList<string>>
        {
            ["Orders-API"] = ["orders-team@contoso.example"],
            ["billing"] = ["billing-team@contoso.example"],
        }.ToImmutableDictionary();
        var scenario = new WorkflowScenario { Settings = WorkflowSettings.Default with { Audiences = audiences } }.Published();

        var published = Assert.Single(scenario.State.Outbox, e => e.Email?.Purpose == EmailPurpose.PublishedReport);
        Assert.Contains("orders-team@contoso.example", published.Email!.To);
        Assert.Contains("vp@example.com", published.Email.To);
        Assert.DoesNotContain("billing-team@contoso.example", published.Email.To);
    }

    [Fact]
    public void TicketCreated_RecordsTheLinkOnTheItem()
    {
        var scenario = new WorkflowScenario().Published();

        scenario.CompleteOutbox(e => e.Kind == EffectKind.CreateTicket ? new TicketCreated(e.Target!, $"https://tracker/{e.Target}") : null);

        Assert.All(scenario.State.PostMortem.ActionItems, i => Assert.Equal($"https://tracker/{i.Id}", i.TrackerLink));
        Assert.Empty(scenario.State.Outbox);
        Assert.Contains(scenario.State.Completed, c => c.Id == "ticket:AI-001");
    }

    [Fact]
    public void NudgeTimer_DueAfter24Hours_MailsAuthorsAndReviewersOnce()
    {
        var scenario = new WorkflowScenario().Declared();

        scenario.At(End.AddHours(23), new TimerFired(TimerNames.PublishNudge));
        Assert.Empty(scenario.Emails(EmailPurpose.PublishNudge));

        scenario.At(End.AddHours(24), new TimerFired(TimerNames.PublishNudge));
        var nudge = Assert.Single(scenario.Emails(EmailPurpose.PublishNudge));
        Assert.Equal(["ana@example.com", "rui@example.com", "mei@example.com"], nudge.To);
        var afterFirst = scenario.State;

        scenario.At(End.AddHours(24.5), new TimerFired(TimerNames.PublishNudge));
        Assert.Same(afterFirst, scenario.State);
    }

    [Fact]
    public void DeadlineTimer_Missed_EscalatesToTheSponsorAndRepeatsDailyUntilPublished()
    {
        var scenario = new WorkflowScenario().Declared();

        scenario.At(End.AddHours(48), new TimerFired(TimerNames.PublishDeadline));
        scenario.At(End.AddHours(48.1), new TimerFired(TimerNames.PublishDeadline));
        scenario.At(End.AddHours(72), new TimerFired(TimerNames.PublishDeadline));

        var escalations = scenario.State.Outbox.Where(e => e.Email?.Purpose == EmailPurpose.SponsorEscalation).ToList();
        Assert.Equal(["email:escalation:1", "email:escalation:2"], escalations.Select(e => e.Id));
        Assert.All(escalations, e => Assert.Equal(["vp@example.com"], e.Email!.To));
        Assert.Contains("24h 00min", escalations[1].Email!.Subject);
        Assert.Contains("rui@example.com", escalations[0].Email!.Body);
        Assert.Contains(scenario.State.Timers, t => t.Name == TimerNames.PublishDeadline && t.DueAt == End.AddHours(96));
    }

    [Fact]
    public void DeadlineTimer_AfterPublishing_DoesNothing()
    {
        var scenario = new WorkflowScenario().Published();
        var before = scenario.State;

        scenario.At(End.AddHours(48), new TimerFired(TimerNames.PublishDeadline));

        Assert.Same(before, scenario.State);
    }

    [Fact]
    public void WeeklyReview_OpenItems_DigestsToOwnersAndEscalatesOverdueHighPriority()
    {
        var scenario = new WorkflowScenario().Published();
        var due = scenario.State.Timers.Single(t => t.Name == TimerNames.WeeklyReview).DueAt;

        scenario.At(due.AddDays(21), new TimerFired(TimerNames.WeeklyReview));

        var digest = Assert.Single(scenario.Emails(EmailPurpose.WeeklyDigest));
        Assert.Contains("omar@example.com", digest.To);
        Assert.Contains("AI-001", digest.Body);
        Assert.Contains("OVERDUE", digest.Body);
        var stalled = Assert.Single(scenario.Emails(EmailPurpose.StalledItemsEscalation));
        Assert.Equal(["vp@example.com"], stalled.To);
        Assert.Contains("AI-001", stalled.Body);
        Assert.DoesNotContain("AI-002", stalled.Body);
        var next = scenario.State.Timers.Single(t => t.Name == TimerNames.WeeklyReview).DueAt;
        Assert.True(next > scenario.Now && next <= scenario.Now.AddDays(7), "the next review is within a week, once");
    }

    [Fact]
    public void WeeklyReview_AllItemsDone_StopsReviewing()
    {
        var scenario = new WorkflowScenario().Published();
        scenario.Send(new ChangeActionItemStatus("AI-001", ActionItemStatus.Done, "omar"));
        scenario.Send(new ChangeActionItemStatus("AI-002", ActionItemStatus.WontDo, "omar"));

        Assert.DoesNotContain(scenario.State.Timers, t => t.Name == TimerNames.WeeklyReview);
        Assert.Equal(Phase.Tracking, scenario.State.Phase);
    }

    [Fact]
    public void FollowUpTimer_OpenItems_EntersFollowUp_AndClosingTheLastItemCloses()
    {
        var scenario = new WorkflowScenario().Published();

        scenario.At(scenario.Now.AddDays(28), new TimerFired(TimerNames.FollowUp));
        Assert.Equal(Phase.FollowUp, scenario.State.Phase);

        scenario.Send(new ChangeActionItemStatus("AI-001", ActionItemStatus.Done, "omar"));
        Assert.Equal(Phase.FollowUp, scenario.State.Phase);
        scenario.Send(new ChangeActionItemStatus("AI-002", ActionItemStatus.Done, "omar"));

        Assert.Equal(Phase.Closed, scenario.State.Phase);
        Assert.Empty(scenario.State.Timers);
    }

    [Fact]
    public void ChangeActionItemStatus_UnknownItem_IsNotFound()
    {
        var scenario = new WorkflowScenario().Published();

        var decision = scenario.Send(new ChangeActionItemStatus("AI-999", ActionItemStatus.Done, "omar"));

        Assert.Equal(RejectionKind.NotFound, decision.Rejection?.Kind);
        Assert.Equal("itemId", decision.Rejection?.Field);
    }

    [Fact]
    public void EffectFailed_BacksOffExponentiallyAndKeepsTheError()
    {
        var scenario = new WorkflowScenario().Declared();
        var id = scenario.State.Outbox.Single().Id;

        scenario.Send(new EffectFailed(id, "503 Service Unavailable"));
        scenario.Send(new EffectFailed(id, "503 Service Unavailable"));
        scenario.Send(new EffectFailed(id, "429 Too Many Requests"));

        var entry = scenario.State.Outbox.Single();
        Assert.Equal(3, entry.Attempts);
        Assert.Equal("429 Too Many Requests", entry.LastError);
        Assert.Equal(scenario.Now.AddSeconds(8), entry.NextAttemptAt);
    }

    [Fact]
    public void EffectSucceeded_Twice_CompletesOnce()
    {
        var scenario = new WorkflowScenario().Declared();
        var id = scenario.State.Outbox.Single().Id;

        scenario.Send(new EffectSucceeded(id, null));
        var after = scenario.State;
        scenario.Send(new EffectSucceeded(id, null));

        Assert.Same(after, scenario.State);
        Assert.Single(scenario.State.Completed, c => c.Id == id);
        Assert.Empty(scenario.State.Outbox);
    }

    [Fact]
    public void Cancel_StopsTimersAndEffects_AndLaterCommandsAreRefused()
    {
        var scenario = new WorkflowScenario().Declared(null, "prometheus");

        scenario.Send(new Cancel("ana", "duplicate of INC-41"));

        Assert.Equal(Phase.Cancelled, scenario.State.Phase);
        Assert.Empty(scenario.State.Timers);
        Assert.Empty(scenario.State.Outbox);
        Assert.Equal(RejectionKind.WrongPhase, scenario.Send(new EditTimeline([], "ana")).Rejection?.Kind);
        Assert.False(scenario.Send(new Cancel("ana", "again")).IsRejected);
    }

    [Fact]
    public void ApproveTimeline_TimelineRuleErrors_IsRefusedWithTheFindings()
    {
        var scenario = new WorkflowScenario().Declared(WorkflowScenario.Draft() with { Timeline = [] });

        var decision = scenario.Send(new ApproveTimeline("rui"));

        Assert.Equal(RejectionKind.RuleErrors, decision.Rejection?.Kind);
        Assert.Contains(decision.Rejection!.Findings, f => f.Rule == "timeline-missing-moment");
        Assert.Equal(Phase.TimelineReview, scenario.State.Phase);
    }

    [Fact]
    public void ApproveAnalysis_VagueOrIncompleteItems_IsRefusedUntilFixed()
    {
        var scenario = new WorkflowScenario().Declared();
        scenario.Send(new ApproveTimeline("rui"));
        var valid = WorkflowScenario.Draft();
        var draft = new AnalysisDraft
        {
            Summary = valid.Summary, Impact = valid.Impact, RootCause = valid.RootCause, Analysis = valid.Analysis,
            ActionItems = [valid.ActionItems[0] with { Owner = null }],
            WhatWentWell = valid.WhatWentWell, LessonsLearned = valid.LessonsLearned,
        };
        scenario.Send(new EditAnalysis(draft, "ana"));

        var refused = scenario.Send(new ApproveAnalysis("rui"));
        Assert.Equal(RejectionKind.RuleErrors, refused.Rejection?.Kind);
        Assert.Contains(refused.Rejection!.Findings, f => f.Rule == "incomplete-action-item");

        scenario.Send(new EditAnalysis(draft with { ActionItems = valid.ActionItems }, "ana"));
        Assert.False(scenario.Send(new ApproveAnalysis("rui")).IsRejected);
        Assert.Equal(Phase.Approval, scenario.State.Phase);
    }

    [Fact]
    public void Decide_AcceptedChange_BumpsTheVersion()
    {
        var scenario = new WorkflowScenario().Declared();

        Assert.Equal(1, scenario.State.Version);
        scenario.Send(new ApproveTimeline("rui"));
        Assert.Equal(2, scenario.State.Version);
    }
}
