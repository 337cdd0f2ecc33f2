using System.Collections.Immutable;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Tests.TestData;

namespace PostMortemFlow.Domain.Tests.Rules;

public class TimelineTimezoneRuleTests
{
    private static List<Finding> Check(PostMortem postMortem) =>
        new TimelineTimezoneRule().Check(new LintContext(postMortem)).ToList();

    private static PostMortem WithRow(int index, Func<TimelineEntry, TimelineEntry> change)
    {
        var valid = TestPostMortems.Valid();
        return valid with { Timeline = valid.Timeline.SetItem(index, change(valid.Timeline[index])) };
    }

    public static TheoryData<string> UtcTimes => new()
    {
        "2025-02-09T10:05Z",
        "2025-02-09T10:05:00.123Z",
        "10:05Z",
        "10:05 Z",
        "10:05z",
        "10:05 UTC",
        "2025-02-09 10:05 UTC",
        "10:05UTC",
        "10:05 (UTC)",
        "2025-02-09 10:05 +00:00",
        "2025-02-09T10:05:00+0000",
        "10:05 UTC+00:00",
        "10:05 AM UTC",
    };

    [Theory]
    [MemberData(nameof(UtcTimes))]
    public void Check_WrittenInUtc_FindsNothing(string written)
    {
        Assert.Empty(Check(WithRow(3, e => e with { TimeAsWritten = written })));
    }

    public static TheoryData<string, string> NotUtcTimes => new()
    {
        { "10:05", "no timezone" },
        { "2025-02-09 10:05", "no timezone" },
        { "2025-02-09T10:05:00", "no timezone" },
        { "2025-02-09", "no timezone" },
        { "10:05 PM", "no timezone" },
        { "10:05 CET", "CET, not UTC" },
        { "10:05 CEST", "CEST, not UTC" },
        { "10:05 GMT", "GMT, not UTC" },
        { "10:05 UTC+1", "UTC+1, not UTC" },
        { "10:05 Europe/Berlin", "Europe/Berlin, not UTC" },
        { "2025-02-09T10:05+01:00", "+01:00, not UTC" },
        { "2025-02-09 10:05 -0500", "-0500, not UTC" },
    };

    [Theory]
    [MemberData(nameof(NotUtcTimes))]
    public void Check_WrittenWithoutUtc_ReportsRowTime(string written, string reason)
    {
        var finding = Assert.Single(Check(WithRow(3, e => e with { TimeAsWritten = written })));

        Assert.Equal(RuleIds.TimelineTimezone, finding.Rule);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("timeline[3].time", finding.Field);
        Assert.Equal(written, finding.Excerpt);
        Assert.Contains(reason, finding.Message);
        Assert.Contains("2025-02-09T10:05Z", finding.Suggestion);
        Assert.Contains("NTP", finding.Suggestion);
    }

    [Theory]
    [InlineData("all times UTC")]
    [InlineData("UTC")]
    [InlineData("times in UTC+00:00")]
    public void Check_NoZoneUnderAHeadingDeclaringUtc_FindsNothing(string note)
    {
        var postMortem = WithRow(3, e => e with { TimeAsWritten = "10:11:30" }) with
        {
            HeadingNotes = ImmutableSortedDictionary<string, string>.Empty.Add("Timeline", note),
        };

        Assert.Empty(Check(postMortem));
    }

    [Theory]
    [InlineData("all times UTC", "10:11 CET", "CET, not UTC")]
    [InlineData("all times CET", "10:11", "no timezone")]
    [InlineData("UTC+1", "10:11", "no timezone")]
    public void Check_ZoneNotUtcOrNotDeclared_StillReports(string note, string written, string reason)
    {
        var postMortem = WithRow(3, e => e with { TimeAsWritten = written }) with
        {
            HeadingNotes = ImmutableSortedDictionary<string, string>.Empty.Add("Timeline", note),
        };

        Assert.Contains(reason, Assert.Single(Check(postMortem)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MachineRowAtNonZeroOffset_ReportsOffset()
    {
        var postMortem = WithRow(1, e => e with { Time = e.Time.ToOffset(TimeSpan.FromHours(1)) });

        var finding = Assert.Single(Check(postMortem));

        Assert.Equal("timeline[1].time", finding.Field);
        Assert.Contains("+01:00", finding.Message);
    }

    [Fact]
    public void Check_WrittenUtcButNonZeroOffset_ReportsOffset()
    {
        var postMortem = WithRow(3, e => e with { Time = e.Time.ToOffset(TimeSpan.FromHours(-5)) });

        var finding = Assert.Single(Check(postMortem));

        Assert.Contains("-05:00", finding.Message);
    }

    [Fact]
    public void Check_RowWithTwoProblems_ReportsItOnce()
    {
        var postMortem = WithRow(3, e => e with
        {
            Time = e.Time.ToOffset(TimeSpan.FromHours(1)),
            TimeAsWritten = "11:11 CET",
        });

        Assert.Single(Check(postMortem));
    }

    [Fact]
    public void Check_ValidPostMortem_FindsNothing()
    {
        Assert.Empty(Check(TestPostMortems.Valid()));
    }
}
