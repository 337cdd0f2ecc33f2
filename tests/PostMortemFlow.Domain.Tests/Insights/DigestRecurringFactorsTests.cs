using PostMortemFlow.Domain.Insights;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Publishing;
using PostMortemFlow.Domain.Workflow;
using static PostMortemFlow.Domain.Tests.Insights.Facts;

namespace PostMortemFlow.Domain.Tests.Insights;

public sealed class DigestRecurringFactorsTests
{
    private const string DiskAlert = "No alert fired on disk usage of the database hosts.";
    private const string DiskAlertAgain = "The database hosts had no alert on disk usage.";

    private static readonly EmailMessage Digest = new() { Purpose = EmailPurpose.WeeklyDigest, Subject = "Weekly review", Body = "2 action item(s) are open:\n" };

    private static ActionItemFact Open(string id) => new(id, ActionItemStatus.Open, March.AddDays(1), null, FactorCategory.Monitoring);

    private static readonly PostMortemFacts[] Catalog =
    [
        Pm("pm-1", (FactorCategory.Monitoring, DiskAlert)) with { ActionItems = [Open("AI-001")] },
        Pm("pm-2", (FactorCategory.Monitoring, DiskAlertAgain)) with { Title = "Disk <full> again", IsNearMiss = true, ActionItems = [Open("AI-001")] },
        Pm("pm-3", (FactorCategory.Capacity, "The connection pool of 20 connections was too small for peak traffic.")) with { ActionItems = [Open("AI-001")] },
    ];

    [Fact]
    public void Add_AFactorOtherPostMortemsFoundWithOpenItems_IsNamedWithWhereElseAndHowManyItemsAreOpen()
    {
        var digest = DigestRecurringFactors.Add(Digest, "pm-1", Catalog);

        var line = Assert.Single(digest.RecurringFactors);
        Assert.Equal($"Monitoring: \"{DiskAlert}\" — also in pm-2 \"Disk <full> again\" (near miss); 2 open action item(s)", line);
        Assert.EndsWith($"Recurring factors (found in other post-mortems too):\n  {line}\n", digest.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_NoRecurringFactor_OrItsItemsAllClosed_OrAnotherEmail_LeavesTheMessageAsItIs()
    {
        var closed = Catalog.Select(p => p with { ActionItems = [new ActionItemFact("AI-001", ActionItemStatus.Done, March.AddDays(1), March.AddDays(5))] }).ToList();
        var nudge = Digest with { Purpose = EmailPurpose.PublishNudge };

        Assert.Same(Digest, DigestRecurringFactors.Add(Digest, "pm-3", Catalog));
        Assert.Same(Digest, DigestRecurringFactors.Add(Digest, "pm-1", closed));
        Assert.Same(nudge, DigestRecurringFactors.Add(nudge, "pm-1", Catalog));
    }

    [Fact]
    public void Render_TheDigestWithRecurringFactors_ListsThemEncoded()
    {
        var state = new PostMortemState { Id = "pm-1" };
        var digest = DigestRecurringFactors.Add(Digest, "pm-1", Catalog);

        var html = EmailTemplates.Render(digest, state, new EmailLinks(), March).Html;

        Assert.Contains("<h3>Recurring factors</h3>", html, StringComparison.Ordinal);
        Assert.Contains("Disk &lt;full&gt; again", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Disk <full>", html, StringComparison.Ordinal);
    }
}
