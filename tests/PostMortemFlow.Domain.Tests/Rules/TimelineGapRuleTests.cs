using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Tests.TestData;

namespace PostMortemFlow.Domain.Tests.Rules;

public class TimelineGapRuleTests
{
    private static List<Finding> Check(PostMortem postMortem, LintOptions? options = null) =>
        new TimelineGapRule().Check(new LintContext(postMortem, options ?? LintOptions.Default, SourceMap.Empty)).ToList();

    private static TimelineEntry At(int minutes, TimelineEntryKind kind = TimelineEntryKind.Event) =>
        new() { Time = TestPostMortems.Start.AddMinutes(minutes), Event = kind.ToString(), Kind = kind };

    private static PostMortem WithTimeline(params TimelineEntry[] rows) =>
        TestPostMortems.Valid() with { Timeline = [.. rows] };

    private static PostMortem WithoutEnd(PostMortem postMortem) =>
        postMortem with { Incident = postMortem.Incident with { EndedAt = null } };

    // The valid post-mortem's impact runs from minute 0 (10:05) to minute 30 (10:35).
    public static TheoryData<Scenario, string[]> Cases => new()
    {
        { new("valid post-mortem", TestPostMortems.Valid()), [] },
        { new("gap of exactly 15 min", WithTimeline(At(0), At(15), At(30))), [] },
        { new("gap of 16 min in the middle", WithTimeline(At(0), At(3), At(19), At(30))), ["timeline[2]"] },
        { new("first row long after the start", WithTimeline(At(20), At(30))), ["timeline[0]"] },
        { new("last row long before the end", WithTimeline(At(0), At(10))), ["timeline"] },
        { new("rows outside the impact are ignored", WithTimeline(At(-60), At(0), At(10), At(25), At(30), At(120))), [] },
        { new("rows out of order", WithTimeline(At(0), At(20), At(10), At(30))), [] },
        { new("no end: first to last row", WithoutEnd(WithTimeline(At(2), At(10), At(40)))), ["timeline[2]"] },
        { new("no end, dense rows", WithoutEnd(WithTimeline(At(20), At(30), At(40)))), [] },
        { new("empty timeline", WithTimeline()), [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_Timeline_WarnsOnEachGapLongerThanTheMaximum(Scenario scenario, string[] fields)
    {
        var findings = Check(scenario.PostMortem);

        Assert.Equal(fields, findings.Select(f => f.Field));
        Assert.All(findings, f =>
        {
            Assert.Equal(RuleIds.TimelineGap, f.Rule);
            Assert.Equal(FindingSeverity.Warning, f.Severity);
        });
    }

    [Fact]
    public void Check_Gap_NamesFromToAndLength()
    {
        var finding = Assert.Single(Check(WithTimeline(At(0), At(3), At(28), At(30))));

        Assert.Contains("25 min", finding.Message);
        Assert.Contains("from 2025-02-09 10:08 UTC", finding.Message);
        Assert.Contains("to 2025-02-09 10:33 UTC", finding.Message);
    }

    [Fact]
    public void Check_SmallerMaximum_WarnsOnShorterGaps()
    {
        var findings = Check(TestPostMortems.Valid(), new LintOptions { MaxTimelineGap = TimeSpan.FromMinutes(5) });

        Assert.Equal(["timeline[5]", "timeline[7]"], findings.Select(f => f.Field));
    }
}
