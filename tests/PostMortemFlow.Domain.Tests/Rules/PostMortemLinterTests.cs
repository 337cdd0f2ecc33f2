using PostMortemFlow.Domain.Checklist;
using PostMortemFlow.Domain.Linting;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Tests.TestData;

namespace PostMortemFlow.Domain.Tests.Rules;

public class PostMortemLinterTests
{
    public static TheoryData<string> StructuralRules => new()
    {
        RuleIds.IncompleteActionItem,
        RuleIds.SingleFactor,
        RuleIds.NoSystemicIssue,
        RuleIds.TimelineOrder,
        RuleIds.TimelineTimezone,
        RuleIds.TimelineGap,
        RuleIds.TimelineMissingMoment,
    };

    [Theory]
    [MemberData(nameof(StructuralRules))]
    public void AllRules_StructuralRule_IsDiscovered(string id)
    {
        Assert.Single(PostMortemLinter.AllRules, r => r.Id == id);
    }

    // Every rule, including the language rules, must accept the shared valid post-mortem.
    [Fact]
    public void Lint_ValidPostMortem_HasNoFindings()
    {
        var report = PostMortemLinter.Lint(TestPostMortems.Valid());

        Assert.Empty(report.Findings);
        Assert.DoesNotContain(report.Checklist, i => i.Status == ChecklistStatus.Fail);
    }
}
