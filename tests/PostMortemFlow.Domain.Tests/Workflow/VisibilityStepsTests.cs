using System.Collections.Immutable;
using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Insights;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Publishing;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Tests.Workflow;

public sealed class VisibilityStepsTests
{
    private static readonly Restriction Legal = new() { People = ["legal@example.com", " Legal@example.com "], Groups = ["sec-group-id"] };

    private static readonly WorkflowSettings WithAudiences = WorkflowSettings.Default with
    {
        Audiences = ImmutableDictionary<string, ImmutableList<string>>.Empty.Add("orders-api", ["api-all@example.com"]),
    };

    [Fact]
    public void Declare_Restricted_KeepsTheRestrictionNormalised_AndTheHistorySaysSo()
    {
        var s = new WorkflowScenario();

        s.Send(new DeclarePostMortem("pm-1", WorkflowScenario.Draft(), [], Legal));

        Assert.Equal(["legal@example.com"], s.State.Restriction!.People);
        Assert.Equal(["sec-group-id"], s.State.Restriction.Groups);
        Assert.Contains("restricted to its authors, reviewers and sponsor and legal@example.com, group sec-group-id", s.State.History[0].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangeVisibility_RestrictThenOpen_RecordsWhoAndWhatInTheHistory_InThePhaseItHappened()
    {
        var s = new WorkflowScenario().Declared();
        var phase = s.State.Phase;

        s.Send(new ChangeVisibility(Legal, "ana@example.com"));
        var restricted = s.State.History[^1];
        s.Send(new ChangeVisibility(null, "rui@example.com"));
        var opened = s.State.History[^1];

        Assert.Null(s.State.Restriction);
        Assert.Equal((phase, phase, "ana@example.com"), (restricted.From, restricted.To, restricted.By));
        Assert.StartsWith("restricted to", restricted.Note, StringComparison.Ordinal);
        Assert.Equal(("rui@example.com", "visible to everyone"), (opened.By, opened.Note));
    }

    [Fact]
    public void ChangeVisibility_TheSameRestrictionAgain_ChangesNothing()
    {
        var s = new WorkflowScenario().Declared();
        s.Send(new ChangeVisibility(Legal, "ana@example.com"));
        var version = s.State.Version;

        s.Send(new ChangeVisibility(Legal with { People = ["LEGAL@example.com"] }, "ana@example.com"));

        Assert.Equal(version, s.State.Version);
    }

    [Fact]
    public void ChangeVisibility_ABlankPerson_IsRefusedNamingTheField_AndChangesNothing()
    {
        var s = new WorkflowScenario().Declared();

        var refused = s.Send(new ChangeVisibility(new Restriction { People = [" "] }, "ana@example.com"));

        Assert.Equal(("restriction.people", RejectionKind.Invalid), (refused.Rejection!.Field, refused.Rejection.Kind));
        Assert.Null(s.State.Restriction);
    }

    [Fact]
    public void ChangeVisibility_AfterTheWorkflowClosed_IsStillAllowed()
    {
        var s = new WorkflowScenario().Declared();
        s.Send(new Cancel("ana@example.com", "duplicate"));

        var restricted = s.Send(new ChangeVisibility(Legal, "ana@example.com"));

        Assert.Null(restricted.Rejection);
        Assert.NotNull(s.State.Restriction);
    }

    [Fact]
    public void Restricted_ThePublishedReportEmail_GoesToItsPeopleOnly_NotToTheServicesDistributionLists()
    {
        var open = new WorkflowScenario { Settings = WithAudiences }.Published();
        var restricted = new WorkflowScenario { Settings = WithAudiences };
        restricted.Send(new DeclarePostMortem("pm-1", WorkflowScenario.Draft(WorkflowScenario.Item("AI-001", ActionPriority.High, new DateOnly(2025, 3, 1))), [], Legal));
        restricted.Send(new ApproveTimeline("rui@example.com"));
        restricted.Send(new ApproveAnalysis("rui@example.com"));
        restricted.Send(new ApproveReport("rui@example.com"));
        restricted.CompleteOutbox(e => e.Kind == EffectKind.PublishReport ? new ReportPublished("https://sharepoint.example/pm-1") : null);

        Assert.Contains("api-all@example.com", Sent(open, EmailPurpose.PublishedReport));
        var sent = Sent(restricted, EmailPurpose.PublishedReport).ToList();
        Assert.Contains("ana@example.com", sent);
        Assert.DoesNotContain("api-all@example.com", sent);
        Assert.DoesNotContain("omar@example.com", sent);
    }

    private static IEnumerable<string> Sent(WorkflowScenario s, EmailPurpose purpose) =>
        s.Emails(purpose).SelectMany(e => e.To);

    [Fact]
    public void Restricted_ATicket_SaysNothingButWhereToLook()
    {
        var item = WorkflowScenario.Item("AI-001", ActionPriority.High, new DateOnly(2025, 3, 1));
        var state = new PostMortemState { Id = "pm-1", PostMortem = WorkflowScenario.Draft(item), Restriction = Legal };
        var link = new Uri("https://pmf.example/postmortems/pm-1");

        var markdown = TicketText.MarkdownBody(state, item, link, "ticket:AI-001");
        var plain = TicketText.PlainTextBody(state, item, link, "ticket:AI-001");

        Assert.Equal("AI-001: action item of a restricted post-mortem", TicketText.Title(state, item));
        Assert.Null(TicketText.Label(state, item));
        foreach (var body in new[] { markdown, plain })
        {
            Assert.Contains(link.AbsoluteUri, body, StringComparison.Ordinal);
            Assert.DoesNotContain(state.PostMortem.Title, body, StringComparison.Ordinal);
            Assert.DoesNotContain(item.Action, body, StringComparison.Ordinal);
            Assert.DoesNotContain("omar@example.com", body, StringComparison.Ordinal);
        }
        Assert.Contains(TicketText.Marker("ticket:AI-001"), markdown, StringComparison.Ordinal);
        Assert.Contains(TicketText.PlainMarker("ticket:AI-001"), plain, StringComparison.Ordinal);
    }

    [Fact]
    public void Restricted_AnotherPostMortemsDigest_NeverNamesIt_ItsOwnDigestStillDoes()
    {
        const string factor = "No alert fired on disk usage of the database hosts.";
        var digest = new EmailMessage { Purpose = EmailPurpose.WeeklyDigest, Body = "open:\n" };
        var open = new ActionItemFact("AI-001", ActionItemStatus.Open, WorkflowScenario.IncidentEnd, null, FactorCategory.Monitoring);
        PostMortemFacts[] facts =
        [
            new() { Id = "pm-1", Title = "Disk", Factors = [new FactorFact(FactorCategory.Monitoring, factor)], ActionItems = [open] },
            new() { Id = "pm-secret", Title = "Customer data exposure", IsRestricted = true, Factors = [new FactorFact(FactorCategory.Monitoring, factor)], ActionItems = [open] },
        ];

        var others = DigestRecurringFactors.Add(digest, "pm-1", facts);
        var own = DigestRecurringFactors.Add(digest, "pm-secret", facts);

        Assert.Same(digest, others);
        Assert.Contains("pm-1 \"Disk\"", Assert.Single(own.RecurringFactors), StringComparison.Ordinal);
    }
}
