using System.Reflection;
using PostMortemFlow.Domain.Checklist;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Rules.Language;

namespace PostMortemFlow.Domain.Linting;

/// <summary>Runs every rule of the method and the validation checklist over a post-mortem.</summary>
public static class PostMortemLinter
{
    /// <summary>Every <see cref="IPostMortemRule"/> in this assembly, in rule-id order.</summary>
    public static IReadOnlyList<IPostMortemRule> AllRules { get; } = typeof(IPostMortemRule).Assembly
        .GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPostMortemRule).IsAssignableFrom(t)
                    && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => (IPostMortemRule)Activator.CreateInstance(t)!)
        .OrderBy(r => r.Id, StringComparer.Ordinal)
        .ToArray();

    public static IReadOnlyList<Finding> Findings(LintContext context) =>
        AllRules
            .SelectMany(rule => rule.Check(context))
            .Select(context.Options.Configured)
            .Select(OnlyWarnsOnAccounts)
            .Select(f => f.Line is null ? f with { Line = context.SourceMap.LineOf(f.Field) } : f)
            .OrderBy(f => f.Line ?? int.MaxValue)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ToArray();

    public static LintReport Lint(LintContext context, WorkflowFacts facts)
    {
        var findings = Findings(context);
        return new LintReport(findings, ValidationChecklist.Evaluate(context.PostMortem, findings, facts, relaxed: context.Options.Severities));
    }

    /// <summary>
    /// A person's account is linted like the rest, but only its author can change it: a finding on it is a warning for
    /// the reviewers to discuss, never an error that holds up the approval.
    /// </summary>
    private static Finding OnlyWarnsOnAccounts(Finding finding) =>
        finding.Field?.StartsWith(PostMortemProse.AccountsPrefix, StringComparison.Ordinal) == true && finding.Severity == FindingSeverity.Error
            ? finding with { Severity = FindingSeverity.Warning }
            : finding;

    public static LintReport Lint(PostMortem postMortem) =>
        Lint(new LintContext(postMortem), WorkflowFacts.None);
}
