using PostMortemFlow.Domain.Linting;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Tests.TestData;

namespace PostMortemFlow.Domain.Tests.Rules;

public class SubstanceRulesTests
{
    private static IReadOnlyList<Finding> Findings(PostMortem postMortem, LintProfile profile) =>
        SubstanceRules.For(profile, PostMortemLinter.Findings(new LintContext(postMortem)), postMortem);

    /// <summary>The valid post-mortem with its first action item as a foreign document writes one: no id, no priority, no owner, no deadline.</summary>
    private static PostMortem WithBareItem(ActionItemStatus status)
    {
        var valid = TestPostMortems.Valid();
        var bare = valid.ActionItems[0] with { Id = "", Priority = null, Owner = null, Deadline = null, Status = status };
        return valid with { ActionItems = valid.ActionItems.SetItem(0, bare) };
    }

    [Fact]
    public void For_SubstanceProfile_KeepsOwnerAndDeadlineAndDropsIdAndPriority()
    {
        var findings = Findings(WithBareItem(ActionItemStatus.Open), LintProfile.Substance);

        Assert.Equal(["actionItems[0].deadline", "actionItems[0].owner"], findings.Select(f => f.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void For_StandardProfile_ReportsTheHouseStyleToo()
    {
        var findings = Findings(WithBareItem(ActionItemStatus.Open), LintProfile.Standard);

        Assert.Contains(findings, f => f.Field == "actionItems[0]" && f.Message.Contains("no ID", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Field == "actionItems[0].priority");
    }

    [Fact]
    public void For_SubstanceProfileOnWorkAlreadyDone_AsksForNoOwnerOrDeadline()
    {
        Assert.Empty(Findings(WithBareItem(ActionItemStatus.Done), LintProfile.Substance));
    }

    [Theory]
    [InlineData(RuleIds.TimelineOrder, null, true)]
    [InlineData(RuleIds.SingleFactor, null, true)]
    [InlineData(RuleIds.BlamelessLanguage, null, true)]
    [InlineData(RuleIds.IncompleteActionItem, "actionItems[AI-001].owner", true)]
    [InlineData(RuleIds.IncompleteActionItem, "actionItems[AI-001].priority", false)]
    [InlineData(RuleIds.IncompleteActionItem, "actionItems[AI-001]", false)]
    [InlineData(RuleIds.NoSystemicIssue, null, false)]
    [InlineData(RuleIds.TimelineTimezone, null, false)]
    public void Covers_Rule_SaysWhetherItIsSubstance(string rule, string? field, bool expected)
    {
        Assert.Equal(expected, SubstanceRules.Covers(new Finding(rule, FindingSeverity.Error, "m", Field: field)));
    }
}
