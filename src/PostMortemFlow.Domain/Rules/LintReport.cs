using PostMortemFlow.Domain.Checklist;

namespace PostMortemFlow.Domain.Rules;

public sealed record LintReport(IReadOnlyList<Finding> Findings, IReadOnlyList<ChecklistItem> Checklist)
{
    public bool HasErrors => Findings.Any(f => f.Severity == FindingSeverity.Error);
}
