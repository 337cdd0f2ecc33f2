using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Workflow;

/// <summary>The decider's refusals.</summary>
internal static class Rejections
{
    internal static Rejection WrongPhase(PostMortemState state, PostMortemCommand command) => new()
    {
        Kind = RejectionKind.WrongPhase,
        Message = $"{command.GetType().Name} does not apply while the post-mortem is in {state.Phase}.",
    };

    internal static Rejection Invalid(string field, string message) =>
        new() { Kind = RejectionKind.Invalid, Field = field, Message = message };

    internal static Rejection RuleErrors(string message, ImmutableList<Finding> findings) =>
        new() { Kind = RejectionKind.RuleErrors, Message = message, Findings = findings };
}
