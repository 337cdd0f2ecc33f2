using PostMortemFlow.Domain.Insights;
using PostMortemFlow.Domain.Model;
using static PostMortemFlow.Domain.Tests.Insights.Facts;

namespace PostMortemFlow.Domain.Tests.Insights;

public sealed class RecurringFactorsTests
{
    private const string DiskAlert = "No alert fired on disk usage of the database hosts.";
    private const string DiskAlertAgain = "The database hosts had no alert on disk usage.";
    private const string LagAlert = "No alert fired on replication lag of the database hosts.";

    private static readonly PostMortemFacts[] Catalog =
    [
        Pm("pm-1", (FactorCategory.Monitoring, DiskAlert), (FactorCategory.Capacity, "The connection pool of 20 connections was too small for peak traffic.")),
        Pm("pm-2", (FactorCategory.Monitoring, DiskAlertAgain)) with { IsNearMiss = true, StartedAt = March.AddDays(10) },
        Pm("pm-3", (FactorCategory.Monitoring, LagAlert)),
        Pm("pm-4", (FactorCategory.Testing, DiskAlert)),
        Pm("pm-5", (FactorCategory.Monitoring, DiskAlert)) with { IsCancelled = true },
    ];

    [Fact]
    public void MatchesFor_SameWordsSameCategory_FindsTheOtherPostMortemsOnly()
    {
        var matches = RecurringFactors.MatchesFor(FactorCategory.Monitoring, "Disk usage on the database hosts was not alerted on", "pm-1", Catalog);

        // pm-1 is the post-mortem being written; pm-3 says another thing; pm-4 is another category; pm-5 was cancelled.
        Assert.Equal(["pm-2"], matches.Select(m => m.Occurrence.PostMortemId));
        Assert.True(matches[0].Occurrence.IsNearMiss);
        Assert.InRange(matches[0].Similarity, FactorSimilarity.Threshold, 1);
    }

    [Fact]
    public void MatchesFor_FromANewPostMortem_FindsEveryEarlierOneClosestFirst()
    {
        var matches = RecurringFactors.MatchesFor(FactorCategory.Monitoring, DiskAlert, "pm-new", Catalog);

        Assert.Equal(["pm-1", "pm-2"], matches.Select(m => m.Occurrence.PostMortemId));
        Assert.Equal(1, matches[0].Similarity, 6);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the of and")]
    public void MatchesFor_NoWordsThatMean_FindsNothing(string text)
    {
        Assert.Empty(RecurringFactors.MatchesFor(FactorCategory.Monitoring, text, null, Catalog));
    }

    [Fact]
    public void Rank_FactorsOfSeveralPostMortems_AreGroupedWithTheirOpenItems()
    {
        var items = new[]
        {
            new ActionItemFact("AI-001", ActionItemStatus.Open, March, null, FactorCategory.Monitoring),
            new ActionItemFact("AI-002", ActionItemStatus.Done, March, March.AddDays(3), FactorCategory.Monitoring),
            new ActionItemFact("AI-003", ActionItemStatus.InProgress, March, null, FactorCategory.Capacity),
            // Not yet published: a draft, not an open ticket.
            new ActionItemFact("AI-004", ActionItemStatus.Open, null, null, FactorCategory.Monitoring),
        };
        PostMortemFacts[] catalog = [Catalog[0] with { ActionItems = items }, .. Catalog[1..]];

        var ranked = RecurringFactors.Rank(catalog);

        var disk = Assert.Single(ranked);
        Assert.Equal(FactorCategory.Monitoring, disk.Category);
        Assert.Equal(DiskAlert, disk.Description);
        Assert.Equal(["pm-1", "pm-2"], disk.Occurrences.Select(o => o.PostMortemId));
        Assert.Equal(2, disk.PostMortems);
        Assert.Equal(1, disk.NearMisses);
        Assert.Equal(1, disk.OpenActionItems);
    }

    [Fact]
    public void Rank_ChainOfLikeFactors_IsOneGroup_MostPostMortemsFirst()
    {
        var catalog = new[]
        {
            Pm("a", (FactorCategory.Runbook, "The rollback steps in the runbook referenced a deleted script.")),
            Pm("b", (FactorCategory.Runbook, "The runbook's rollback steps pointed to a script that had been deleted.")),
            Pm("c", (FactorCategory.Runbook, "The runbook's rollback steps pointed to a script that had been deleted from the repository.")),
            Pm("d", (FactorCategory.Dependency, "The DNS provider outage made the external API unresolvable.")),
            Pm("e", (FactorCategory.Dependency, "An outage of the DNS provider left the external API unresolvable.")),
        };

        var ranked = RecurringFactors.Rank(catalog);

        Assert.Equal([3, 2], ranked.Select(r => r.PostMortems));
        Assert.Equal([FactorCategory.Runbook, FactorCategory.Dependency], ranked.Select(r => r.Category));
    }

    [Fact]
    public void Rank_TwoLikeFactorsOfOnePostMortem_AreNotRecurring()
    {
        var catalog = new[] { Pm("solo", (FactorCategory.Monitoring, DiskAlert), (FactorCategory.Monitoring, DiskAlertAgain)) };

        Assert.Empty(RecurringFactors.Rank(catalog));
    }
}
