using System.Collections.Immutable;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Prevention;

namespace PostMortemFlow.Domain.Tests.Prevention;

public sealed class PreventionVerdictsTests
{
    private static readonly DateTimeOffset Published = new(2025, 2, 12, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Checked = Published.AddDays(28);

    private static ActionItem Item(string id, ActionItemStatus status) => new() { Id = id, Action = "Add a pool saturation alert", Status = status };

    private static QueryRecurrence Query(params (DateTimeOffset Start, DateTimeOffset? End)[] episodes) => new()
    {
        Name = "api-5xx-rate", Threshold = 0.3, CoveredFrom = Published, CoveredTo = Checked,
        Episodes = [.. episodes.Select(e => new RecurrenceEpisode { Start = e.Start, End = e.End, Peak = 9 })],
    };

    private static RecurrenceCheck Check(QueryRecurrence query, params DateTimeOffset[] fired) => new()
    {
        From = Published, To = Checked, CheckedAt = Checked, Queries = [query],
        Alerts = [new AlertRecurrence { Name = "HighErrorRate", FiredAt = [.. fired] }],
    };

    private static ImmutableDictionary<string, DateTimeOffset> Closed(params (string Id, DateTimeOffset At)[] items) =>
        items.ToImmutableDictionary(i => i.Id, i => i.At);

    [Fact]
    public void Decide_RecurredAfterTheItemWasClosed_IsNotEffective()
    {
        var check = Check(Query((Published.AddDays(10), Published.AddDays(10).AddMinutes(30))));

        var verdict = Assert.Single(PreventionVerdicts.Decide([Item("AI-001", ActionItemStatus.Done)], Closed(("AI-001", Published.AddDays(2))), check));

        Assert.Equal(PreventionVerdict.NotEffective, verdict.Verdict);
        Assert.Equal("the signature recurred at 2025-02-22 00:00 UTC, after the item was closed on 2025-02-14 00:00 UTC", verdict.Reason);
    }

    [Fact]
    public void Decide_RecurredOnlyBeforeTheItemWasClosed_IsVerified()
    {
        var check = Check(Query((Published.AddDays(1), Published.AddDays(1).AddHours(1))), Published.AddDays(1));

        var verdict = Assert.Single(PreventionVerdicts.Decide([Item("AI-001", ActionItemStatus.Done)], Closed(("AI-001", Published.AddDays(3))), check));

        Assert.Equal(PreventionVerdict.Verified, verdict.Verdict);
        Assert.Equal("the signature stayed quiet for 25 days since the item was closed", verdict.Reason);
    }

    [Fact]
    public void Decide_OnlyTheAlertFiredAgain_IsNotEffective()
    {
        var check = Check(Query(), Published.AddDays(20));

        var verdict = Assert.Single(PreventionVerdicts.Decide([Item("AI-001", ActionItemStatus.Done)], Closed(("AI-001", Published.AddDays(3))), check));

        Assert.Equal(PreventionVerdict.NotEffective, verdict.Verdict);
    }

    [Fact]
    public void Decide_AnEpisodeThatBeganBeforeClosingAndLastedPastIt_IsNotEffective()
    {
        var check = Check(Query((Published.AddDays(3).AddHours(-1), null)));

        var verdict = Assert.Single(PreventionVerdicts.Decide([Item("AI-001", ActionItemStatus.Done)], Closed(("AI-001", Published.AddDays(3))), check));

        Assert.Equal(PreventionVerdict.NotEffective, verdict.Verdict);
    }

    [Fact]
    public void Decide_AQueryCouldNotBeChecked_IsUnverifiedWithTheReason()
    {
        var check = Check(QueryRecurrence.NotChecked(new SignatureQuery { Name = "api-5xx-rate", Threshold = 0.3 }, "no Prometheus is configured"));

        var verdict = Assert.Single(PreventionVerdicts.Decide([Item("AI-001", ActionItemStatus.Done)], Closed(), check));

        Assert.Equal(PreventionVerdict.Unverified, verdict.Verdict);
        Assert.Equal("could not check: could not check api-5xx-rate (no Prometheus is configured)", verdict.Reason);
    }

    [Fact]
    public void Decide_SamplesMissingForTheLastDays_IsUnverified()
    {
        var check = Check(Query() with { CoveredTo = Checked.AddDays(-3) });

        var verdict = Assert.Single(PreventionVerdicts.Decide([Item("AI-001", ActionItemStatus.Done)], Closed(), check));

        Assert.Equal(PreventionVerdict.Unverified, verdict.Verdict);
        Assert.StartsWith("could not check: api-5xx-rate has samples only from", verdict.Reason);
    }

    [Fact]
    public void Decide_OpenAndWontDoItems_GetNoVerdict_AndADoneItemWithoutAChangeCountsFromPublication()
    {
        var check = Check(Query());

        var verdicts = PreventionVerdicts.Decide([Item("AI-001", ActionItemStatus.Open), Item("AI-002", ActionItemStatus.WontDo), Item("AI-003", ActionItemStatus.Done)], Closed(), check);

        var verdict = Assert.Single(verdicts);
        Assert.Equal(("AI-003", PreventionVerdict.Verified, Published), (verdict.ItemId, verdict.Verdict, verdict.ClosedAt));
        Assert.Equal("the signature stayed quiet for 28 days since the item was closed", verdict.Reason);
    }

    [Fact]
    public void Decide_ClosedAfterTheCheckedInterval_IsUnverified()
    {
        var verdict = Assert.Single(PreventionVerdicts.Decide([Item("AI-001", ActionItemStatus.Done)], Closed(("AI-001", Checked.AddHours(1))), Check(Query())));

        Assert.Equal((PreventionVerdict.Unverified, "closed after the checked interval"), (verdict.Verdict, verdict.Reason));
    }
}
