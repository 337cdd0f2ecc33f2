using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Tests.TestData;

namespace PostMortemFlow.Domain.Tests.Rules;

public class TimelineMissingMomentRuleTests
{
    private static List<Finding> Check(PostMortem postMortem) =>
        new TimelineMissingMomentRule().Check(new LintContext(postMortem)).ToList();

    private static PostMortem Without(params TimelineEntryKind[] kinds)
    {
        var valid = TestPostMortems.Valid();
        return valid with { Timeline = valid.Timeline.RemoveAll(e => kinds.Contains(e.Kind)) };
    }

    private static PostMortem NearMiss(PostMortem postMortem) =>
        postMortem with { Incident = postMortem.Incident with { IsNearMiss = true } };

    public static TheoryData<Scenario, string[]> Cases => new()
    {
        { new("valid post-mortem", TestPostMortems.Valid()), [] },
        { new("no detection", Without(TimelineEntryKind.Detected, TimelineEntryKind.Paged, TimelineEntryKind.Acknowledged)), ["detection"] },
        { new("paged and acknowledged are not detection", Without(TimelineEntryKind.Detected)), ["detection"] },
        { new("recovered stands for mitigation", Without(TimelineEntryKind.Mitigated)), [] },
        { new("mitigated stands for mitigation", Without(TimelineEntryKind.Recovered)), [] },
        { new("no mitigation", Without(TimelineEntryKind.Mitigated, TimelineEntryKind.Recovered)), ["mitigation"] },
        { new("no resolution", Without(TimelineEntryKind.Resolved)), ["resolution"] },
        { new("empty timeline", TestPostMortems.Valid() with { Timeline = [] }), ["detection", "mitigation", "resolution"] },
        { new("near miss with detection only", NearMiss(Without(TimelineEntryKind.Mitigated, TimelineEntryKind.Recovered, TimelineEntryKind.Resolved))), [] },
        { new("near miss without detection", NearMiss(TestPostMortems.Valid() with { Timeline = [] })), ["detection"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_Timeline_ReportsEachMissingMoment(Scenario scenario, string[] moments)
    {
        var findings = Check(scenario.PostMortem);

        Assert.Equal(moments.Length, findings.Count);
        for (var i = 0; i < moments.Length; i++)
        {
            Assert.Equal(RuleIds.TimelineMissingMoment, findings[i].Rule);
            Assert.Equal(FindingSeverity.Error, findings[i].Severity);
            Assert.Equal("timeline", findings[i].Field);
            Assert.Contains(moments[i], findings[i].Message);
        }
    }
}
