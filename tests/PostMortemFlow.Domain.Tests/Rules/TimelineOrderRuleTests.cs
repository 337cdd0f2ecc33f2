using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Tests.TestData;

namespace PostMortemFlow.Domain.Tests.Rules;

public class TimelineOrderRuleTests
{
    private static List<Finding> Check(PostMortem postMortem) =>
        new TimelineOrderRule().Check(new LintContext(postMortem)).ToList();

    private static PostMortem WithTimes(Func<int, TimelineEntry, DateTimeOffset> time)
    {
        var valid = TestPostMortems.Valid();
        return valid with { Timeline = [.. valid.Timeline.Select((e, i) => e with { Time = time(i, e) })] };
    }

    /// <summary>Row <paramref name="index"/> as a document that gives only its day writes it: midnight, earlier than the rows before.</summary>
    private static PostMortem WithDayOnly(int index)
    {
        var valid = TestPostMortems.Valid();
        var row = valid.Timeline[index];
        return valid with { Timeline = valid.Timeline.SetItem(index, row with { Time = row.Time.Date, ClockNotStated = true, ZoneNotStated = true }) };
    }

    public static TheoryData<Scenario, string[]> Cases => new()
    {
        { new("valid post-mortem", TestPostMortems.Valid()), [] },
        { new("equal times", WithTimes((i, e) => i == 2 ? TestPostMortems.Start.AddMinutes(3) : e.Time)), [] },
        {
            new("same instants written at another offset",
                WithTimes((i, e) => i == 3 ? e.Time.ToOffset(TimeSpan.FromHours(1)) : e.Time)),
            []
        },
        { new("one row too early", WithTimes((i, e) => i == 4 ? TestPostMortems.Start.AddMinutes(1) : e.Time)), ["timeline[4].time"] },
        {
            new("a row that gives a day but no time",
                WithDayOnly(4)),
            []
        },
        {
            new("two separate inversions",
                WithTimes((i, e) => i switch
                {
                    2 => TestPostMortems.Start,
                    6 => TestPostMortems.Start.AddMinutes(10),
                    _ => e.Time,
                })),
            ["timeline[2].time", "timeline[6].time"]
        },
        {
            new("later rows after an early one are compared with their neighbour",
                WithTimes((i, e) => i == 1 ? TestPostMortems.Start.AddHours(1) : e.Time)),
            ["timeline[2].time"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_Timeline_ReportsEachInversionOnTheLaterRow(Scenario scenario, string[] fields)
    {
        var findings = Check(scenario.PostMortem);

        Assert.Equal(fields, findings.Select(f => f.Field));
        Assert.All(findings, f =>
        {
            Assert.Equal(RuleIds.TimelineOrder, f.Rule);
            Assert.Equal(FindingSeverity.Error, f.Severity);
        });
    }

    [Fact]
    public void Check_RowTooEarly_NamesBothTimesInUtc()
    {
        var postMortem = WithTimes((i, e) => i == 4 ? TestPostMortems.Start.AddMinutes(1) : e.Time);

        var finding = Assert.Single(Check(postMortem));

        Assert.Contains("2025-02-09 10:06 UTC", finding.Message);
        Assert.Contains("2025-02-09 10:11 UTC", finding.Message);
    }
}
