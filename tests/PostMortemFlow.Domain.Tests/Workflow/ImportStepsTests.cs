using System.Collections.Immutable;
using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Insights;
using PostMortemFlow.Domain.Library;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Tests.Workflow;

public sealed class ImportStepsTests
{
    private static readonly string HashA = new('a', 64);
    private static readonly string HashB = new('b', 64);

    private static ImportPostMortem Import(string hash, string title = "Search was slow", Restriction? restriction = null, PostMortem? document = null) =>
        new("hist-1", (document ?? WorkflowScenario.Draft()) with { Title = title },
            new ImportedDocument { FileName = "2024/search.md", ContentHash = hash, StoredName = "aaaa-search.md", ImportedBy = "ana@example.com" }, restriction);

    [Fact]
    public void Import_New_IsHistorical_WithNoTimerNoEmailAndTheFileInTheHistory()
    {
        var s = new WorkflowScenario();

        s.Send(Import(HashA));

        Assert.Equal(Phase.Historical, s.State.Phase);
        Assert.Empty(s.State.Timers);
        Assert.Empty(s.State.Outbox);
        Assert.Equal(s.Now, s.State.Imported!.ImportedAt);
        Assert.Equal((Phase.None, Phase.Historical, "ana@example.com", "imported from 2024/search.md"),
            (s.State.History[0].From, s.State.History[0].To, s.State.History[0].By, s.State.History[0].Note));
        Assert.Null(s.State.PublishedAt);
    }

    [Fact]
    public void Import_TheSameContentAgain_ChangesNothing_EvenWithOtherSettings()
    {
        var s = new WorkflowScenario();
        s.Send(Import(HashA));
        var before = s.State;

        var relaxed = ImmutableSortedDictionary<string, FindingSeverity>.Empty.Add("blameless-language", FindingSeverity.Warning);
        var again = PostMortemDecider.Decide(before, Import(HashA, "Another title"), s.Now.AddDays(1),
            WorkflowSettings.Default with { Lint = WorkflowSettings.Default.Lint with { Severities = relaxed } });

        Assert.False(again.IsRejected);
        Assert.Same(before, again.State);
    }

    [Fact]
    public void Import_ChangedContent_ReplacesTheDocument_KeepsTheRestriction_AndSaysSo()
    {
        var s = new WorkflowScenario();
        s.Send(Import(HashA, restriction: new Restriction { People = ["legal@example.com"] }));

        s.Send(Import(HashB, "Search was slow in Europe"));

        Assert.Equal(Phase.Historical, s.State.Phase);
        Assert.Equal("Search was slow in Europe", s.State.PostMortem.Title);
        Assert.Equal(HashB, s.State.Imported!.ContentHash);
        Assert.Equal(["legal@example.com"], s.State.Restriction!.People);
        Assert.StartsWith("re-imported from 2024/search.md", s.State.History[^1].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Historical_RefusesEveryEdit_ButItsVisibilityCanChange_AndItCanBeRemoved()
    {
        var s = new WorkflowScenario();
        s.Send(Import(HashA));

        var edit = s.Send(new EditTimeline([], "rui@example.com"));
        Assert.Equal(RejectionKind.WrongPhase, edit.Rejection!.Kind);
        Assert.Contains("read-only", edit.Rejection.Message, StringComparison.Ordinal);
        Assert.Equal(RejectionKind.WrongPhase, s.Send(new ApproveTimeline("rui@example.com")).Rejection!.Kind);

        s.Send(new ChangeVisibility(new Restriction(), "ana@example.com"));
        Assert.NotNull(s.State.Restriction);
        s.Send(new Cancel("ana@example.com", "imported twice under two names"));
        Assert.Equal(Phase.Cancelled, s.State.Phase);
        Assert.False(LibraryEntry.From(s.State).IsListed);
    }

    [Fact]
    public void Import_OverAPostMortemUnderWay_IsRefused_AndChangesNothing()
    {
        var s = new WorkflowScenario().Declared();
        var before = s.State;

        var refused = PostMortemDecider.Decide(before, Import(HashA) with { Id = before.Id }, s.Now, s.Settings);

        Assert.Equal(RejectionKind.WrongPhase, refused.Rejection!.Kind);
        Assert.Same(before, refused.State);
    }

    [Theory]
    [InlineData("", "contentHash")]
    [InlineData("ABCDEF", "contentHash")]
    public void Import_WithoutAContentHash_IsInvalid(string hash, string field)
    {
        var refused = new WorkflowScenario().Send(Import(hash));

        Assert.Equal((RejectionKind.Invalid, field), (refused.Rejection!.Kind, refused.Rejection.Field));
    }

    [Fact]
    public void Historical_InTheLibrary_IsPublished_AndInTheInsights_NeverInPublishingSpeed()
    {
        var undated = WorkflowScenario.Draft() with
        {
            Incident = WorkflowScenario.Draft().Incident with { DateNotStated = true, SeverityNotStated = true, StartedAt = default, EndedAt = null },
        };
        var s = new WorkflowScenario();
        s.Send(Import(HashA, document: undated));

        var entry = LibraryEntry.From(s.State);
        var facts = PostMortemFacts.From(s.State);
        var report = InsightsCalculator.Compute([facts], s.Now.AddYears(3));

        Assert.True(entry.IsPublished);
        Assert.True(entry.DateNotStated && entry.SeverityNotStated);
        Assert.True(facts.IsHistorical);
        Assert.Null(facts.TimeToPublish);
        Assert.Equal(1, report.PostMortems);
        Assert.Equal(0, report.PublishedWithin48Hours.Known);
        Assert.Empty(report.ByMonth);
        Assert.Empty(report.BySeverity);
    }
}
