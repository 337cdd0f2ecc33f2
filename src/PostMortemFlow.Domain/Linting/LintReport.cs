using PostMortemFlow.Domain.Checklist;
using PostMortemFlow.Domain.Rules;

namespace PostMortemFlow.Domain.Linting;

public sealed record LintReport(IReadOnlyList<Finding> Findings, IReadOnlyList<ChecklistItem> Checklist)
{
    public bool HasErrors => Findings.Any(f => f.Severity == FindingSeverity.Error);
}
