using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Library;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Tests.TestData;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Domain.Tests.Library;

public sealed class LibraryEntryTests
{
    private static PostMortemState State(Phase phase = Phase.Tracking, DateTimeOffset? publishedAt = null, Restriction? restriction = null) => new()
    {
        Id = "pm-1",
        Phase = phase,
        PostMortem = TestPostMortems.Valid(),
        DeclaredAt = TestPostMortems.Start,
        PublishedAt = publishedAt,
        Restriction = restriction,
    };

    [Fact]
    public void From_State_KeepsTheSearchableWordsAndTheFilterFacts()
    {
        var postMortem = TestPostMortems.Valid();
        var published = TestPostMortems.End.AddHours(20);

        var entry = LibraryEntry.From(State(publishedAt: published));

        Assert.Equal(("pm-1", postMortem.Title, postMortem.Summary, postMortem.RootCause), (entry.Id, entry.Title, entry.Summary, entry.RootCause));
        Assert.Equal(["orders-api", "orders-db"], entry.Services);
        Assert.Equal((Severity.Sev2, TestPostMortems.Start, false), (entry.Severity, entry.StartedAt, entry.IsNearMiss));
        Assert.Equal((true, published, Phase.Tracking), (entry.IsPublished, entry.PublishedAt, entry.Phase));
        // Immediate causes, then each factor with its whys, then systemic issues.
        var analysis = postMortem.Analysis;
        Assert.Equal(analysis.ImmediateCauses.Count + analysis.Factors.Count + analysis.SystemicIssues.Count, entry.Factors.Count);
        Assert.Equal(analysis.ImmediateCauses[0], entry.Factors[0]);
        var pool = entry.Factors[analysis.ImmediateCauses.Count];
        Assert.StartsWith("The connection pool had no headroom for slow queries. Why did requests fail?", pool, StringComparison.Ordinal);
        Assert.EndsWith("The capacity review template has no section for them.", pool, StringComparison.Ordinal);
        Assert.Equal(analysis.SystemicIssues[^1], entry.Factors[^1]);
        Assert.Equal(postMortem.LessonsLearned, entry.LessonsLearned);
        Assert.Equal(postMortem.ActionItems.Select(i => i.Action), entry.ActionItems);
        Assert.Equal([FactorCategory.Monitoring, FactorCategory.Testing, FactorCategory.Capacity, FactorCategory.ChangeManagement], entry.Categories);
        var state = State();
        Assert.Equal(Audience.Of(state.PostMortem, state.Restriction), entry.Audience);
    }

    [Fact]
    public void From_Draft_IsListedUnpublished_AndCancelledOrUndeclaredIsNotListed()
    {
        Assert.True(LibraryEntry.From(State(Phase.AnalysisReview)) is { IsListed: true, IsPublished: false });
        Assert.False(LibraryEntry.From(State(Phase.Cancelled)).IsListed);
        Assert.False(LibraryEntry.From(new PostMortemState()).IsListed);
    }

    [Fact]
    public void ListsFor_FollowsTheAudienceRule_AndNeverACancelledOne()
    {
        var restricted = new Restriction { People = ["legal@example.com"], Groups = ["g-security"] };
        var outsider = Viewer.SignedIn(["someone@example.com"], []);
        var legal = Viewer.SignedIn(["LEGAL@example.com"], []);
        var security = Viewer.SignedIn(["x@example.com"], ["G-SECURITY"]);
        var author = Viewer.SignedIn(["sre-team"], []);

        var publishedOpen = LibraryEntry.From(State(publishedAt: TestPostMortems.End));
        var draftOpen = LibraryEntry.From(State(Phase.AnalysisReview));
        var publishedRestricted = LibraryEntry.From(State(publishedAt: TestPostMortems.End, restriction: restricted));
        var cancelled = LibraryEntry.From(State(Phase.Cancelled, TestPostMortems.End));

        Assert.True(publishedOpen.ListsFor(outsider));
        Assert.False(draftOpen.ListsFor(outsider));
        Assert.True(draftOpen.ListsFor(author));
        Assert.False(publishedRestricted.ListsFor(outsider));
        Assert.True(publishedRestricted.ListsFor(legal));
        Assert.True(publishedRestricted.ListsFor(security));
        Assert.True(draftOpen.ListsFor(Viewer.Local));
        Assert.False(cancelled.ListsFor(Viewer.Local));
    }

    [Fact]
    public void Equals_SameStateTwice_IsEqual_AndAChangedLessonOrRestrictionIsNot()
    {
        var state = State();

        Assert.Equal(LibraryEntry.From(state), LibraryEntry.From(state));
        var lesson = state with { PostMortem = state.PostMortem with { LessonsLearned = state.PostMortem.LessonsLearned.Add("Pools need alerts.") } };
        Assert.NotEqual(LibraryEntry.From(state), LibraryEntry.From(lesson));
        Assert.NotEqual(LibraryEntry.From(state), LibraryEntry.From(state with { Restriction = new Restriction { Groups = ["g-1"] } }));
    }
}
