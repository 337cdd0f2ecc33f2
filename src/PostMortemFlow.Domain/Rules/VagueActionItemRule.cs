using System.Text.RegularExpressions;
using PostMortemFlow.Domain.Rules.Language;

namespace PostMortemFlow.Domain.Rules;

/// <summary>Method step 4: "improve monitoring" does not get done; every action needs a checkable deliverable.</summary>
public sealed partial class VagueActionItemRule : IPostMortemRule
{
    public string Id => RuleIds.VagueActionItem;

    public IEnumerable<Finding> Check(LintContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var items = context.PostMortem.ActionItems;
        for (var i = 0; i < items.Count; i++)
        {
            var action = items[i].Action;
            if (string.IsNullOrWhiteSpace(action))
            {
                continue; // incomplete-action-item reports a missing action
            }
            var verdict = ActionItemClassifier.Classify(action);
            if (!verdict.IsVague)
            {
                continue;
            }
            var field = PostMortemProse.ActionField(items[i], i);
            yield return new Finding(
                Id,
                FindingSeverity.Error,
                $"Action \"{action.Trim()}\" has no checkable deliverable: {verdict.Missing}.",
                SuggestionFor(action),
                field,
                context.SourceMap.LineOf(field),
                verdict.Excerpt);
        }
    }

    private static string SuggestionFor(string action)
    {
        var topic = Topic().Match(action);
        var example =
            !topic.Success ? "name the artifact and a checkable end state: e.g. 'Add <what> to <where>', with a number where one applies"
            : topic.Groups["alert"].Success ? "name the signal, the threshold and who is paged: e.g. 'Alert the on-call when <metric> exceeds <threshold> for 5 minutes'"
            : topic.Groups["monitor"].Success ? "name the metric, the dashboard and the threshold: e.g. 'Add <metric> to the <service> dashboard and alert above <threshold>'"
            : topic.Groups["test"].Success ? "name the test and where it runs: e.g. 'Add an integration test for <flow> to the CI pipeline'"
            : topic.Groups["doc"].Success ? "name the document and what it must say: e.g. 'Write runbook: <failure mode>, with the mitigation steps'"
            : topic.Groups["db"].Success ? "name the table, query or setting: e.g. 'Add an index on <table>.<column> and a query-plan check to CI'"
            : topic.Groups["deploy"].Success ? "name the pipeline step and its gate: e.g. 'Add a canary stage that halts the rollout when the error rate exceeds 1%'"
            : "name the limit and the number: e.g. 'Raise <pool> from 20 to 50 connections and load-test at 2x peak'";
        return $"Make it checkable — {example}.";
    }

    [GeneratedRegex(
        "(?<alert>\\b(?:alert|alarm|pag(?:e|ing)|on-?call|escalat)\\w*)"
        + "|(?<monitor>\\b(?:monitor|observab|metric|dashboard|visib|logs?\\b|logging|tracing)\\w*)"
        + "|(?<test>\\b(?:test|QA|staging|verif)\\w*)"
        + "|(?<doc>\\b(?:runbook|doc|process|procedure|playbook|wiki|awareness|educat|train|communicat)\\w*)"
        + "|(?<db>\\b(?:database|DB|quer|index|table|migration|schema|SQL)\\w*)"
        + "|(?<deploy>\\b(?:deploy|release|rollout|canary|pipeline|CI|change)\\w*)"
        + "|(?<capacity>\\b(?:capacity|pool|scal|resilien|robust|load|timeout|retr|failover|queue|cach|disk)\\w*)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Topic();
}
