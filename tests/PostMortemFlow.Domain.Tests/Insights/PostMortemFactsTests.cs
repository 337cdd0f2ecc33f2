using System.Collections.Immutable;
using PostMortemFlow.Domain.Insights;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Tests.TestData;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Domain.Tests.Insights;

public sealed class PostMortemFactsTests
{
    private static readonly DateTimeOffset Published = TestPostMortems.End.AddHours(20);

    private static PostMortemState Published_(Phase phase = Phase.Tracking)
    {
        var postMortem = TestPostMortems.Valid();
        var items = postMortem.ActionItems.SetItem(0, postMortem.ActionItems[0] with { Status = ActionItemStatus.Done })
            .SetItem(1, postMortem.ActionItems[1] with { Status = ActionItemStatus.WontDo });
        return new PostMortemState
        {
            Id = "pm-1",
            Phase = phase,
            PostMortem = postMortem with { ActionItems = items },
            DeclaredAt = TestPostMortems.Start,
            PublishedAt = Published,
            ItemStatusChangedAt = ImmutableDictionary<string, DateTimeOffset>.Empty.Add("AI-001", Published.AddDays(3)),
        };
    }

    [Fact]
    public void From_PublishedState_KeepsTheMomentsTheFactorsAndWhenEachItemOpenedAndClosed()
    {
        var facts = PostMortemFacts.From(Published_());

        Assert.Equal(("pm-1", Severity.Sev2, false, false), (facts.Id, facts.Severity, facts.IsNearMiss, facts.IsCancelled));
        Assert.Equal(["orders-api", "orders-db"], facts.Services);
        // The sample timeline: first symptom 10:05, detected 10:08, acknowledged 10:11, mitigated 10:27, resolved 10:50.
        Assert.Equal([3, 6, 22, 45], new[] { facts.TimeToDetect, facts.TimeToAcknowledge, facts.TimeToMitigate, facts.TimeToResolve }.Select(t => (int)t!.Value.TotalMinutes));
        Assert.Equal(TimeSpan.FromHours(20), facts.TimeToPublish);
        Assert.Equal(TestPostMortems.Valid().Analysis.Factors.Select(f => (f.Category, f.Description)), facts.Factors.Select(f => (f.Category, f.Description)));
        Assert.Equal(new ActionItemFact("AI-001", ActionItemStatus.Done, Published, Published.AddDays(3), FactorCategory.Testing), facts.ActionItems[0]);
        // Closed with no recorded status change: closed when published.
        Assert.Equal(Published, facts.ActionItems[1].ClosedAt);
        Assert.All(facts.ActionItems.Skip(2), i => Assert.Equal((Published, (DateTimeOffset?)null), (i.OpenedAt!.Value, i.ClosedAt)));
    }

    [Fact]
    public void From_UnpublishedState_HasNoOpenedItems()
    {
        var facts = PostMortemFacts.From(Published_(Phase.AnalysisReview) with { PublishedAt = null });

        Assert.Null(facts.TimeToPublish);
        Assert.All(facts.ActionItems, i => Assert.Equal((null, null), (i.OpenedAt, i.ClosedAt)));
    }

    [Fact]
    public void Equals_SameStateTwice_IsEqual_AndAChangedFactorIsNot()
    {
        var state = Published_();
        var changed = state with
        {
            PostMortem = state.PostMortem with
            {
                Analysis = state.PostMortem.Analysis with
                {
                    Factors = state.PostMortem.Analysis.Factors.SetItem(0, state.PostMortem.Analysis.Factors[0] with { Description = "Other words." }),
                },
            },
        };

        Assert.Equal(PostMortemFacts.From(state), PostMortemFacts.From(state));
        Assert.NotEqual(PostMortemFacts.From(state), PostMortemFacts.From(changed));
        Assert.True(PostMortemFacts.From(state with { Phase = Phase.Cancelled }).IsCancelled);
    }
}
