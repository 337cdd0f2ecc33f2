using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Tests.TestData;

namespace PostMortemFlow.Domain.Tests.Rules;

public class IncompleteActionItemRuleTests
{
    private static List<Finding> Check(PostMortem postMortem) =>
        new IncompleteActionItemRule().Check(new LintContext(postMortem)).ToList();

    private static PostMortem WithItem(int index, Func<ActionItem, ActionItem> change)
    {
        var valid = TestPostMortems.Valid();
        return valid with { ActionItems = valid.ActionItems.SetItem(index, change(valid.ActionItems[index])) };
    }

    public static TheoryData<Scenario, string> Broken => new()
    {
        { new("no owner", WithItem(2, i => i with { Owner = null })), "actionItems[AI-003].owner" },
        { new("blank owner", WithItem(2, i => i with { Owner = "  " })), "actionItems[AI-003].owner" },
        { new("placeholder owner", WithItem(2, i => i with { Owner = "TBD" })), "actionItems[AI-003].owner" },
        { new("no deadline", WithItem(2, i => i with { Deadline = null })), "actionItems[AI-003].deadline" },
        { new("deadline before incident", WithItem(2, i => i with { Deadline = new DateOnly(2025, 2, 8) })), "actionItems[AI-003].deadline" },
        { new("no priority", WithItem(2, i => i with { Priority = null })), "actionItems[AI-003].priority" },
        { new("duplicate id", WithItem(4, i => i with { Id = "AI-002" })), "actionItems[AI-002]" },
        { new("id without dash", WithItem(4, i => i with { Id = "AI005" })), "actionItems[AI005]" },
        { new("id too short", WithItem(4, i => i with { Id = "AI-5" })), "actionItems[AI-5]" },
        { new("id too long", WithItem(4, i => i with { Id = "AI-0005" })), "actionItems[AI-0005]" },
        { new("lower-case id", WithItem(4, i => i with { Id = "ai-005" })), "actionItems[ai-005]" },
        { new("empty id", WithItem(4, i => i with { Id = "" })), "actionItems[4]" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Check_OneProblem_ReportsOneErrorOnItsField(Scenario scenario, string field)
    {
        var finding = Assert.Single(Check(scenario.PostMortem));

        Assert.Equal(RuleIds.IncompleteActionItem, finding.Rule);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(field, finding.Field);
        Assert.False(string.IsNullOrWhiteSpace(finding.Suggestion));
    }

    public static TheoryData<Scenario> Fine => new()
    {
        new("valid post-mortem", TestPostMortems.Valid()),
        new("deadline on the incident day", WithItem(0, i => i with { Deadline = new DateOnly(2025, 2, 9) })),
        new("finished item", WithItem(0, i => i with { Status = ActionItemStatus.Done })),
        new("no action items", TestPostMortems.Valid() with { ActionItems = [] }),
    };

    [Theory]
    [MemberData(nameof(Fine))]
    public void Check_CompleteItems_FindsNothing(Scenario scenario)
    {
        Assert.Empty(Check(scenario.PostMortem));
    }

    [Fact]
    public void Check_DeadlineWhenTheIncidentDateIsNotStated_IsNotComparedWithAMadeUpDate()
    {
        var valid = WithItem(2, i => i with { Deadline = new DateOnly(2020, 1, 1) });
        var undated = valid with { Incident = valid.Incident with { StartedAt = default, DateNotStated = true } };

        Assert.Contains(Check(valid), f => f.Field == "actionItems[AI-003].deadline");
        Assert.DoesNotContain(Check(undated), f => f.Field == "actionItems[AI-003].deadline");
    }

    [Fact]
    public void Check_ItemMissingEverything_ReportsEachProblem()
    {
        var postMortem = WithItem(1, i => i with { Owner = null, Deadline = null, Priority = null });

        var fields = Check(postMortem).Select(f => f.Field);

        Assert.Equal(
            ["actionItems[AI-002].owner", "actionItems[AI-002].deadline", "actionItems[AI-002].priority"],
            fields);
    }

    [Fact]
    public void Check_ItemWithoutId_NamesItsPositionInMessages()
    {
        var postMortem = WithItem(4, i => i with { Id = "", Owner = null });

        var findings = Check(postMortem);

        Assert.Equal(["actionItems[4]", "actionItems[4].owner"], findings.Select(f => f.Field));
        Assert.Contains("Action item 5", findings[1].Message);
    }

    [Fact]
    public void Check_DuplicateId_ReportsOnlyTheRepeat()
    {
        var postMortem = WithItem(5, i => i with { Id = "AI-001" });

        var finding = Assert.Single(Check(postMortem));

        Assert.Contains("AI-001", finding.Message);
        Assert.Contains("more than once", finding.Message);
    }
}
