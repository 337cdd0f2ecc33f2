using PostMortemFlow.Domain.Prevention;

namespace PostMortemFlow.Domain.Tests.Prevention;

public sealed class RecurrenceTextTests
{
    private static readonly DateTimeOffset Published = new(2025, 2, 12, 9, 30, 0, TimeSpan.Zero);

    private static RecurrenceCheck Check(double days, params DateTimeOffset[] fired) => new()
    {
        From = Published, To = Published.AddDays(days), CheckedAt = Published.AddDays(days),
        Queries = [new QueryRecurrence { Name = "api-5xx-rate", Threshold = 0.3, CoveredFrom = Published, CoveredTo = Published.AddDays(days) }],
        Alerts = [new AlertRecurrence { Name = "HighErrorRate", FiredAt = [.. fired] }],
    };

    [Fact]
    public void Headline_QuietInterval_SaysNoRecurrenceInWholeDays()
    {
        Assert.Equal("No recurrence in 27 days since publication.", RecurrenceText.Headline(Check(27.8)));
        Assert.Equal("No recurrence in 1 day since publication.", RecurrenceText.Headline(Check(1.2)));
        Assert.Equal("No recurrence in 5 hours since publication.", RecurrenceText.Headline(Check(5.5 / 24)));
    }

    [Fact]
    public void Headline_AlertFiredAgain_CountsAndDatesTheFirings()
    {
        var check = Check(28, Published.AddDays(3), Published.AddDays(9), Published.AddDays(20));

        Assert.Equal("HighErrorRate fired 3 times since publication (2025-02-15 09:30 UTC, 2025-02-21 09:30 UTC, 2025-03-04 09:30 UTC).",
            RecurrenceText.Headline(check));
    }

    [Fact]
    public void Headline_PartlyUnchecked_NeverPassesSilently()
    {
        var check = Check(28) with
        {
            Alerts = [AlertRecurrence.NotChecked(new SignatureAlert { Name = "HighErrorRate" }, "Prometheus could not be read: connection refused")],
        };

        Assert.Equal("No recurrence in 28 days since publication in what could be checked; could not check HighErrorRate (Prometheus could not be read: connection refused).",
            RecurrenceText.Headline(check));
    }

    [Fact]
    public void Headline_NoSignature_CouldNotCheckWithTheReason()
    {
        Assert.Equal("Could not check for a recurrence (no signature).", RecurrenceText.Headline(new RecurrenceCheck { CouldNotCheck = "no signature" }));
    }

    [Theory]
    [InlineData(PreventionVerdict.Verified, "verified", "Verified")]
    [InlineData(PreventionVerdict.NotEffective, "not effective", "Not effective")]
    [InlineData(PreventionVerdict.Unverified, "not verified", "Not verified")]
    public void Verdict_InWordsAndAsALabel(PreventionVerdict verdict, string words, string label)
    {
        Assert.Equal((words, label), (RecurrenceText.Verdict(verdict), RecurrenceText.Label(verdict)));
    }

    [Fact]
    public void Query_Recurred_SaysWhenAndForHowLong()
    {
        var query = new QueryRecurrence
        {
            Name = "api-5xx-rate", Threshold = 0.3,
            Episodes = [new RecurrenceEpisode { Start = Published.AddDays(2), End = Published.AddDays(2).AddMinutes(31), Peak = 25.7 }],
        };

        Assert.Equal("api-5xx-rate crossed its threshold (0.3) again once since publication, first at 2025-02-14 09:30 UTC (2025-02-14 09:30 UTC – 2025-02-14 10:01 UTC).",
            RecurrenceText.Query(query));
    }
}
