using PostMortemFlow.Domain.Insights;
using PostMortemFlow.Domain.Model;
using static PostMortemFlow.Domain.Tests.Insights.Facts;

namespace PostMortemFlow.Domain.Tests.Insights;

public sealed class InsightsCalculatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 20, 12, 0, 0, TimeSpan.Zero);

    // id, month day offset, services, severity, near miss, detect, ack, mitigate, resolve (minutes), published after clock (hours)
    private static PostMortemFacts Row(string id, int day, string services, Severity severity, bool nearMiss,
        int? detect, int? ack, int? mitigate, int? resolve, double? publishedHours) => new()
        {
            Id = id,
            Title = id,
            StartedAt = March.AddDays(day),
            PublishClockStart = March.AddDays(day).AddHours(1),
            PublishedAt = publishedHours is { } h ? March.AddDays(day).AddHours(1 + h) : null,
            Services = services.Length == 0 ? [] : services.Split(' '),
            Severity = severity,
            IsNearMiss = nearMiss,
            TimeToDetect = Min(detect),
            TimeToAcknowledge = Min(ack),
            TimeToMitigate = Min(mitigate),
            TimeToResolve = Min(resolve),
        };

    private static readonly PostMortemFacts[] Table =
    [
        //  id    day  services      severity       near   detect ack  mitig resolve published
        Row("m1",  0, "api",         Severity.Sev1, false,  4,    6,   30,   60,     20),
        Row("m2",  5, "api db",      Severity.Sev2, false,  10,   12,  null, 90,     50),
        Row("m3", 10, "db",          Severity.Sev2, true,   2,    null, 8,   20,     null),
        Row("a1", 31, "api",         Severity.Sev1, false,  6,    8,   40,   100,    30),
        Row("a2", 40, "",            Severity.Sev3, false,  null, null, null, null,  null),
        Row("x",  41, "api",         Severity.Sev0, false,  1,    1,   1,    1,      1) with { IsCancelled = true },
    ];

    [Fact]
    public void Compute_Table_CountsPostMortemsAndNearMisses_WithoutTheCancelled()
    {
        var report = InsightsCalculator.Compute(Table, Now);

        Assert.Equal(5, report.PostMortems);
        Assert.Equal(1, report.NearMisses);
        Assert.Equal(Now, report.ComputedAt);
    }

    [Fact]
    public void Compute_Table_MediansPerMonth()
    {
        var report = InsightsCalculator.Compute(Table, Now);

        Assert.Equal(["2026-03", "2026-04"], report.ByMonth.Select(t => t.Key));
        var march = report.ByMonth[0];
        Assert.Equal((3, 1), (march.PostMortems, march.NearMisses));
        Assert.Equal(Min(4), march.TimeToDetect);            // 2, 4, 10
        Assert.Equal(Min(9), march.TimeToAcknowledge);       // 6, 12: the middle of two
        Assert.Equal(Min(19), march.TimeToMitigate);         // 8, 30
        Assert.Equal(Min(60), march.TimeToResolve);          // 20, 60, 90
        Assert.Equal(TimeSpan.FromHours(35), march.TimeToPublish); // 20, 50; the unpublished one has none
        var april = report.ByMonth[1];
        Assert.Equal((2, Min(6), TimeSpan.FromHours(30)), (april.PostMortems, april.TimeToDetect, april.TimeToPublish));
    }

    [Fact]
    public void Compute_Table_PerServiceCountsEveryServiceOfAPostMortem_MostFirst()
    {
        var report = InsightsCalculator.Compute(Table, Now);

        Assert.Equal([("api", 3), ("db", 2), (InsightsCalculator.NoService, 1)], report.ByService.Select(t => (t.Key, t.PostMortems)));
        Assert.Equal(Min(6), report.ByService[0].TimeToDetect);   // 4, 10, 6
        Assert.Equal(1, report.ByService[1].NearMisses);
    }

    [Fact]
    public void Compute_Table_PerSeverity_InSeverityOrder()
    {
        var report = InsightsCalculator.Compute(Table, Now);

        Assert.Equal([("Sev1", 2), ("Sev2", 2), ("Sev3", 1)], report.BySeverity.Select(t => (t.Key, t.PostMortems)));
        Assert.Equal(Min(80), report.BySeverity[0].TimeToResolve); // 60, 100
        Assert.Null(report.BySeverity[2].TimeToResolve);
    }

    [Fact]
    public void Compute_Table_SharePublishedWithin48Hours_OfThoseWhoseOutcomeIsKnown()
    {
        var report = InsightsCalculator.Compute(Table, Now);
        var share = report.PublishedWithin48Hours;

        // Published: m1 (20 h), m2 (50 h, late), a1 (30 h). Unpublished and past 48 h: m3 (a near miss), a2.
        Assert.Equal((5, 2), (share.Known, share.OnTime));
        Assert.Equal(0.4, share.Share);
        Assert.Equal((1, 0), (share.NearMissesKnown, share.NearMissesOnTime));
    }

    [Fact]
    public void Compute_UnpublishedWithinItsFirst48Hours_IsNotKnownYet()
    {
        var fresh = Row("new", 0, "api", Severity.Sev2, false, 1, 2, 3, 4, null) with { PublishClockStart = Now.AddHours(-47) };

        var share = InsightsCalculator.Compute([fresh], Now).PublishedWithin48Hours;

        Assert.Equal(0, share.Known);
        Assert.Null(share.Share);
    }

    [Fact]
    public void Compute_ActionItems_OpenedAndClosedPerWeek_WithTheBacklog()
    {
        var monday = new DateTimeOffset(2026, 3, 30, 9, 0, 0, TimeSpan.Zero);
        var rows = new[]
        {
            Row("p1", 0, "api", Severity.Sev2, false, 1, 2, 3, 4, 5) with
            {
                ActionItems =
                [
                    new ActionItemFact("AI-001", ActionItemStatus.Done, monday, monday.AddDays(8)),
                    new ActionItemFact("AI-002", ActionItemStatus.Open, monday, null),
                    new ActionItemFact("AI-003", ActionItemStatus.WontDo, monday.AddDays(6), monday.AddDays(6).AddHours(1)),
                ],
            },
            Row("p2", 1, "api", Severity.Sev2, false, 1, 2, 3, 4, null) with
            {
                // Not published: a draft item is not yet opened.
                ActionItems = [new ActionItemFact("AI-001", ActionItemStatus.Open, null, null)],
            },
        };

        var weeks = InsightsCalculator.Compute(rows, new DateTimeOffset(2026, 4, 14, 0, 0, 0, TimeSpan.Zero)).ActionItemsByWeek;

        Assert.Equal(
        [
            new ActionItemWeek(new DateOnly(2026, 3, 30), 3, 1, 2),
            new ActionItemWeek(new DateOnly(2026, 4, 6), 0, 1, 1),
            new ActionItemWeek(new DateOnly(2026, 4, 13), 0, 0, 1),
        ], weeks);
    }

    [Theory]
    [InlineData("2026-03-30T00:00:00Z", "2026-03-30")]
    [InlineData("2026-04-05T23:59:59Z", "2026-03-30")]
    [InlineData("2026-04-06T00:00:00Z", "2026-04-06")]
    [InlineData("2026-04-06T01:00:00+02:00", "2026-03-30")]
    public void WeekOf_Time_IsItsUtcMonday(string time, string monday)
    {
        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture),
            InsightsCalculator.WeekOf(DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Compute_Nothing_IsEmpty()
    {
        var report = InsightsCalculator.Compute([], Now);

        Assert.Equal(0, report.PostMortems);
        Assert.Empty(report.ByMonth);
        Assert.Empty(report.ActionItemsByWeek);
        Assert.Empty(report.RecurringFactors);
    }
}
