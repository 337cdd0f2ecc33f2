using PostMortemFlow.Domain.Linting;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;

namespace PostMortemFlow.Domain.Tests.Rules;

public sealed class FindingRewriteTests
{
    [Fact]
    public void Apply_BlamingSentence_ReplacesThatSentenceAndTheRewriteLintsClean()
    {
        var text = "The pool ran out. @bob forgot to run the migration before the deploy. Alerts fired late.";
        var finding = PostMortemLinter.Findings(new LintContext(new PostMortem { Summary = text }))
            .First(f => f.Rule == RuleIds.BlamelessLanguage);

        var rewritten = FindingRewrite.Apply(text, finding);

        Assert.NotNull(rewritten);
        Assert.StartsWith("The pool ran out. ", rewritten, StringComparison.Ordinal);
        Assert.EndsWith(" Alerts fired late.", rewritten, StringComparison.Ordinal);
        Assert.DoesNotContain("@bob", rewritten, StringComparison.Ordinal);
        Assert.DoesNotContain(PostMortemLinter.Findings(new LintContext(new PostMortem { Summary = rewritten })), f => f.Rule == RuleIds.BlamelessLanguage);
    }

    [Fact]
    public void Apply_VagueActionItem_ReplacesTheWholeAction()
    {
        var item = new ActionItem { Id = "AI-001", Action = "Improve monitoring", Owner = "ana", Deadline = new DateOnly(2030, 1, 1), Priority = ActionPriority.High };
        var finding = PostMortemLinter.Findings(new LintContext(new PostMortem { ActionItems = [item] })).First(f => f.Rule == RuleIds.VagueActionItem);

        Assert.Equal(FindingRewrite.ExampleOf(finding), FindingRewrite.Apply(item.Action, finding));
    }

    [Fact]
    public void Apply_AdviceWithoutExample_OffersNoRewrite() =>
        Assert.Null(FindingRewrite.Apply("text", new Finding(RuleIds.SingleFactor, FindingSeverity.Error, "one factor", "Walk the fishbone.", "analysis")));
}
