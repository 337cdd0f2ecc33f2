using PostMortemFlow.Domain.Drafting;
using PostMortemFlow.Domain.Checklist;
using PostMortemFlow.Domain.Linting;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Tests.Workflow;

public sealed class AccountStepsTests
{
    private static readonly DateTimeOffset Start = WorkflowScenario.IncidentStart;

    private static PostMortem WithResponders() => WorkflowScenario.Draft() with
    {
        Authors = ["ana.silva@example.com"],
        Reviewers = ["rui@example.com"],
        Timeline =
        [
            new TimelineEntry { Time = Start, Event = "5xx rate above its baseline", Source = "prometheus", Kind = TimelineEntryKind.FirstSymptom },
            new TimelineEntry { Time = Start.AddMinutes(4), Event = "Paged the on-call", Source = "pagerduty", Kind = TimelineEntryKind.Paged },
            new TimelineEntry { Time = Start.AddMinutes(9), Event = "Acknowledged the page", Source = "pagerduty", Actor = "ana", Kind = TimelineEntryKind.Acknowledged },
            new TimelineEntry { Time = Start.AddMinutes(20), Event = "Rolled back to v2.2.4", Source = "deploys", Actor = "rui", Kind = TimelineEntryKind.Mitigated },
            new TimelineEntry { Time = Start.AddMinutes(25), Event = "Checked the replica lag", Source = "chat", Actor = "lee", Kind = TimelineEntryKind.Event },
            new TimelineEntry { Time = Start.AddMinutes(30), Event = "5xx rate back to its baseline", Source = "prometheus", Kind = TimelineEntryKind.Recovered },
        ],
    };

    [Fact]
    public void TimelineReview_Starting_MailsEachMatchedPersonTheirQuestionsOnce()
    {
        var scenario = new WorkflowScenario().Declared(WithResponders(), "prometheus");
        scenario.Send(new CollectorFinished("prometheus", [], []));

        var questions = scenario.Emails(EmailPurpose.ResponderQuestions).ToList();
        Assert.Equal(["ana.silva@example.com", "rui@example.com"], questions.SelectMany(e => e.To).Order());
        var ana = questions.Single(e => e.To.Contains("ana.silva@example.com"));
        Assert.Contains("1. You acknowledged at 2025-02-09 10:14 UTC, 5 min after 2025-02-09 10:09 UTC", ana.Body, StringComparison.Ordinal);
        Assert.Contains(scenario.State.Outbox, e => e.Id == "email:questions:ana.silva@example.com");

        scenario.CompleteOutbox();
        scenario.Send(new ApproveTimeline("rui@example.com"));
        scenario.Send(new RequestChanges("rui@example.com", "the rollback row needs its source"));
        Assert.Equal(Phase.TimelineReview, scenario.State.Phase);

        Assert.DoesNotContain(scenario.State.Outbox, e => e.Email?.Purpose == EmailPurpose.ResponderQuestions);
    }

    [Fact]
    public void TimelineReview_APersonAddedByAnEdit_IsAskedThen()
    {
        var scenario = new WorkflowScenario().Declared(WorkflowScenario.Draft() with { Authors = ["ana.silva@example.com"], Timeline = [] });
        Assert.Empty(scenario.Emails(EmailPurpose.ResponderQuestions));

        scenario.Send(new EditTimeline([.. WithResponders().Timeline], "rui@example.com"));

        Assert.Contains(scenario.State.Outbox, e => e.Id == "email:questions:ana.silva@example.com");
    }

    private static WorkflowScenario WithDirectory() => new()
    {
        Settings = WorkflowSettings.Default with { Drafting = DraftingSettings.Default with { LooksUpPeople = true } },
    };

    [Fact]
    public void TimelineReview_AnActorNothingMatches_IsLookedUpInTheDirectoryOnce_AndAskedAtTheAddressItFound()
    {
        var scenario = WithDirectory().Declared(WithResponders(), "prometheus");
        scenario.Send(new CollectorFinished("prometheus", [], []));

        var lookup = Assert.Single(scenario.State.Outbox, e => e.Kind == EffectKind.LookUpPerson);
        Assert.Equal(("lookup:person:lee", "lee"), (lookup.Id, lookup.Text));
        Assert.DoesNotContain(scenario.State.Outbox, e => e.Id.StartsWith("email:questions:lee", StringComparison.Ordinal));

        scenario.CompleteOutbox(e => e.Kind == EffectKind.LookUpPerson
            ? new PersonLookedUp(new DirectoryMatch { Actor = e.Text!, Address = "lee.wong@example.com", Note = "Lee Wong in the directory" })
            : null);

        var found = Assert.Single(scenario.State.PeopleFound);
        Assert.Equal(("lee", "lee.wong@example.com", scenario.Now), (found.Actor, found.Address, found.LookedUpAt));
        var asked = Assert.Single(scenario.Emails(EmailPurpose.ResponderQuestions), e => e.To.Contains("lee.wong@example.com"));
        Assert.Contains("Checked the replica lag", asked.Body, StringComparison.Ordinal);
        scenario.CompleteOutbox();
        scenario.Send(new EditTimeline([.. WithResponders().Timeline], "rui@example.com"));
        Assert.DoesNotContain(scenario.State.Outbox, e => e.Kind == EffectKind.LookUpPerson);
    }

    [Fact]
    public void TimelineReview_TheDirectoryFindsSeveral_NoOneIsGuessed_TheBriefSaysWhy_AndTheActorIsNotLookedUpAgain()
    {
        var scenario = WithDirectory().Declared(WithResponders());
        scenario.CompleteOutbox(e => e.Kind == EffectKind.LookUpPerson
            ? new PersonLookedUp(new DirectoryMatch { Actor = e.Text!, Note = "3 people in the directory match lee" })
            : null);
        scenario.Send(new EditTimeline([.. WithResponders().Timeline], "rui@example.com"));

        Assert.DoesNotContain(scenario.State.Outbox, e => e.Kind == EffectKind.LookUpPerson);
        Assert.DoesNotContain(scenario.Emails(EmailPurpose.ResponderQuestions), e => e.To.Any(a => a.StartsWith("lee", StringComparison.Ordinal)));
        var lee = ResponderQuestions.For(scenario.State.PostMortem, scenario.Settings.Drafting, scenario.State.PeopleFound).Single(b => b.Actor == "lee");
        Assert.Equal((null, "3 people in the directory match lee"), (lee.Address, lee.DirectoryNote));
    }

    [Fact]
    public void TimelineReview_WithoutADirectory_LooksNoOneUp()
    {
        var scenario = new WorkflowScenario().Declared(WithResponders());

        Assert.DoesNotContain(scenario.State.Outbox, e => e.Kind == EffectKind.LookUpPerson);
    }

    [Fact]
    public void RecordAccount_InReview_KeepsOneAccountPerPerson_TheLatest()
    {
        var scenario = new WorkflowScenario().Declared(WithResponders());
        var answer = new AccountAnswer { Question = "What did the page tell you?", Answer = "Only that the error rate was high; the dashboard link was stale." };

        scenario.Send(new RecordAccount("ana.silva@example.com", "ana", [answer]));
        scenario.Send(new RecordAccount("ANA.SILVA@example.com", "ana", [answer with { Answer = "It named the API but not the database." }, new AccountAnswer { Question = "Q2", Answer = "  " }]));

        var account = Assert.Single(scenario.State.PostMortem.Accounts);
        Assert.Equal(("ANA.SILVA@example.com", "ana", scenario.Now), (account.Person, account.Actor, account.WrittenAt));
        Assert.Equal(["It named the API but not the database."], account.Answers.Select(a => a.Answer));
    }

    [Fact]
    public void RecordAccount_NoAnswerOrNoPersonOrAfterApproval_IsRefusedAndChangesNothing()
    {
        var scenario = new WorkflowScenario().Declared(WithResponders());
        var before = scenario.State;

        Assert.Equal("answers", scenario.Send(new RecordAccount("ana.silva@example.com", "ana", [new AccountAnswer { Question = "Q", Answer = " " }])).Rejection?.Field);
        Assert.Equal("person", scenario.Send(new RecordAccount(" ", "ana", [new AccountAnswer { Question = "Q", Answer = "A" }])).Rejection?.Field);
        Assert.Same(before, scenario.State);

        var published = new WorkflowScenario().Published();
        Assert.Equal(RejectionKind.WrongPhase, published.Send(new RecordAccount("ana@example.com", "ana", [new AccountAnswer { Question = "Q", Answer = "A" }])).Rejection?.Kind);
    }

    [Fact]
    public void Lint_BlameInAnAccount_IsAWarningForTheReviewers_AndTheReportStaysBlameless()
    {
        var postMortem = WithResponders() with
        {
            Accounts = [new ResponderAccount { Person = "rui@example.com", Actor = "rui", Answers = [new AccountAnswer { Question = "Q", Answer = "Honestly, ana failed to notice the alert for ten minutes." }] }],
        };

        var report = PostMortemLinter.Lint(postMortem);

        var finding = Assert.Single(report.Findings, f => f.Field == "accounts[0].answers[0]");
        Assert.Equal((RuleIds.BlamelessLanguage, FindingSeverity.Warning), (finding.Rule, finding.Severity));
        Assert.Equal(ChecklistStatus.Pass, report.Checklist.Single(c => c.Number == 4).Status);
    }
}
