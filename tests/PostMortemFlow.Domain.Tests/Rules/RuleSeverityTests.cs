using System.Collections.Immutable;
using PostMortemFlow.Domain.Checklist;
using PostMortemFlow.Domain.Linting;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Tests.Workflow;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Tests.Rules;

public class RuleSeverityTests
{
    private static readonly LintOptions BlameRelaxed = LintOptions.Default with
    {
        Severities = ImmutableSortedDictionary<string, FindingSeverity>.Empty.Add(RuleIds.BlamelessLanguage, FindingSeverity.Warning),
    };

    private static readonly PostMortem Blaming = new() { Summary = "The oncaller ignored the disk alert." };

    [Fact]
    public void Lint_RuleRelaxed_FindingIsAWarningAndTheChecklistSaysSo()
    {
        var report = PostMortemLinter.Lint(new LintContext(Blaming, BlameRelaxed, SourceMap.Empty), WorkflowFacts.None);

        var finding = Assert.Single(report.Findings, f => f.Rule == RuleIds.BlamelessLanguage);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        var point = Assert.Single(report.Checklist, i => i.Number == 4);
        Assert.Contains("Relaxed by configuration: blameless-language set to warning", point.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Checklist.Where(i => i.Number != 4), i => i.Reason.Contains("Relaxed", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_RuleRaised_HindsightBecomesAnError()
    {
        var raised = LintOptions.Default with
        {
            Severities = ImmutableSortedDictionary<string, FindingSeverity>.Empty.Add(RuleIds.HindsightLanguage, FindingSeverity.Error),
        };

        var findings = PostMortemLinter.Findings(new LintContext(
            new PostMortem { Summary = "A canary could have prevented this." }, raised, SourceMap.Empty));

        Assert.Equal(FindingSeverity.Error, Assert.Single(findings, f => f.Rule == RuleIds.HindsightLanguage).Severity);
    }

    [Fact]
    public void ApproveAnalysis_BlameRelaxedByTheSettings_IsNotBlocked()
    {
        AnalysisDraft Blamed(PostMortem valid) => new()
        {
            Summary = Blaming.Summary, Impact = valid.Impact, RootCause = valid.RootCause, Analysis = valid.Analysis,
            ActionItems = valid.ActionItems, WhatWentWell = valid.WhatWentWell, LessonsLearned = valid.LessonsLearned,
        };
        var strict = new WorkflowScenario().Declared();
        var relaxed = new WorkflowScenario { Settings = WorkflowSettings.Default with { Lint = BlameRelaxed } }.Declared();
        foreach (var scenario in new[] { strict, relaxed })
        {
            scenario.Send(new ApproveTimeline("rui"));
            scenario.Send(new EditAnalysis(Blamed(WorkflowScenario.Draft()), "ana"));
        }

        var refused = strict.Send(new ApproveAnalysis("rui"));
        var approved = relaxed.Send(new ApproveAnalysis("rui"));

        Assert.Contains(refused.Rejection!.Findings, f => f.Rule == RuleIds.BlamelessLanguage);
        Assert.False(approved.IsRejected);
        Assert.Equal(Phase.Approval, relaxed.State.Phase);
    }

    [Fact]
    public void Report_PostMortemJudgedUnderRelaxedSettings_ShowsTheWarningAndNamesTheRelaxedRule()
    {
        var scenario = new WorkflowScenario { Settings = WorkflowSettings.Default with { Lint = BlameRelaxed } }.Declared();
        scenario.Send(new EditTimeline([.. WorkflowScenario.Draft().Timeline], "ana"));

        var report = WorkflowReport.Of(scenario.State with { PostMortem = scenario.State.PostMortem with { Summary = Blaming.Summary } }).Lint;

        Assert.Equal(FindingSeverity.Warning, Assert.Single(report.Findings, f => f.Rule == RuleIds.BlamelessLanguage).Severity);
        Assert.Contains("Relaxed by configuration", Assert.Single(report.Checklist, i => i.Number == 4).Reason, StringComparison.Ordinal);
        Assert.Equal(FindingSeverity.Warning, scenario.State.LintSeverities[RuleIds.BlamelessLanguage]);
    }

    [Theory]
    [InlineData(RuleIds.TimelineGap, 1)]
    [InlineData(RuleIds.ShallowAnalysis, 2)]
    [InlineData(RuleIds.VagueActionItem, 3)]
    [InlineData(RuleIds.HindsightLanguage, 4)]
    public void PointOf_EveryRule_BelongsToItsChecklistPoint(string rule, int point)
    {
        Assert.Equal(point, ValidationChecklist.PointOf(rule));
        Assert.Contains(rule, PostMortemLinter.AllRules.Select(r => r.Id));
    }
}
