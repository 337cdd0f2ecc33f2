using PostMortemFlow.Domain.Linting;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Workflow;

/// <summary>The reviews: editing and approving the timeline, the analysis and the report, and sending one back.</summary>
internal static class ReviewSteps
{
    internal static void EnterReview(DecisionBuilder b, Phase phase, string by, string? note = null)
    {
        b.MoveTo(phase, by, note);
        b.Update(s => s with { ReviewRound = s.ReviewRound + 1 });
        b.Email($"email:review:{b.State.ReviewRound}", WorkflowEmails.ReviewRequest(b.State, phase));
    }

    internal static Rejection? OnEditTimeline(DecisionBuilder b, EditTimeline c)
    {
        if (b.State.Phase is not (Phase.TimelineReview or Phase.AnalysisReview))
        {
            return Rejections.WrongPhase(b.State, c);
        }
        var blank = c.Entries.FindIndex(e => string.IsNullOrWhiteSpace(e.Event));
        if (blank >= 0)
        {
            return Rejections.Invalid($"entries[{blank}].event", "Every timeline entry needs an event.");
        }
        b.Update(s => s with { PostMortem = s.PostMortem with { Timeline = c.Entries } });
        return null;
    }

    internal static Rejection? OnApproveTimeline(DecisionBuilder b, ApproveTimeline c)
    {
        if (Gate(b, c, Phase.TimelineReview, "The timeline cannot be approved while the timeline rules report errors.",
            f => f.Rule.StartsWith("timeline-", StringComparison.Ordinal)) is { } refused)
        {
            return refused;
        }
        EnterReview(b, Phase.AnalysisReview, c.By);
        return null;
    }

    internal static Rejection? OnEditAnalysis(DecisionBuilder b, EditAnalysis c)
    {
        if (b.State.Phase is not (Phase.TimelineReview or Phase.AnalysisReview))
        {
            return Rejections.WrongPhase(b.State, c);
        }
        var blank = c.Draft.ActionItems.FindIndex(i => string.IsNullOrWhiteSpace(i.Action));
        if (blank >= 0)
        {
            return Rejections.Invalid($"actionItems[{blank}].action", "Every action item needs an action.");
        }
        b.Update(s => s with { PostMortem = AnalysisDraft.Apply(s.PostMortem, c.Draft) });
        return null;
    }

    internal static Rejection? OnApproveAnalysis(DecisionBuilder b, ApproveAnalysis c)
    {
        if (Gate(b, c, Phase.AnalysisReview, "The analysis cannot be approved while the method's rules report errors.") is { } refused)
        {
            return refused;
        }
        EnterReview(b, Phase.Approval, c.By);
        return null;
    }

    internal static Rejection? OnApproveReport(DecisionBuilder b, ApproveReport c)
    {
        if (Gate(b, c, Phase.Approval, "The report cannot be approved while the method's rules report errors.") is { } refused)
        {
            return refused;
        }
        if (CommentSteps.Open(b.State.PostMortem) is { Count: > 0 } open)
        {
            if (!c.ResolveOpenComments)
            {
                return new Rejection
                {
                    Kind = RejectionKind.Conflict,
                    Message = $"{open.Count} comment thread(s) are still open: "
                        + string.Join("; ", open.Select(o => $"{o.Id} on {CommentAnchors.Describe(o.Anchor)} by {o.Author}"))
                        + ". Resolve them, or approve with resolveOpenComments: true to settle them with the approval.",
                };
            }
            CommentSteps.ResolveAll(b, c.By);
        }
        b.Update(s => s with { PostMortem = s.PostMortem with { ReviewedOn = DateOnly.FromDateTime(b.Now.UtcDateTime) } });
        b.MoveTo(Phase.Publishing, c.By);
        b.Enqueue($"publish:{b.State.ReviewRound}", EffectKind.PublishReport);
        return null;
    }

    internal static Rejection? OnRequestChanges(DecisionBuilder b, RequestChanges c)
    {
        var back = b.State.Phase switch
        {
            Phase.AnalysisReview => Phase.TimelineReview,
            Phase.Approval => Phase.AnalysisReview,
            _ => Phase.None,
        };
        if (back == Phase.None)
        {
            return Rejections.WrongPhase(b.State, c);
        }
        if (string.IsNullOrWhiteSpace(c.Reason))
        {
            return Rejections.Invalid("reason", "Say what should change.");
        }
        EnterReview(b, back, c.By, c.Reason);
        b.Email($"email:changes:{b.State.ReviewRound}", WorkflowEmails.ChangesRequested(b.State, c.By, c.Reason));
        return null;
    }

    /// <summary>An approval applies in its own phase, and only while the rules (those <paramref name="counts"/>, or all) report no error.</summary>
    private static Rejection? Gate(DecisionBuilder b, PostMortemCommand c, Phase phase, string refusal, Func<Finding, bool>? counts = null)
    {
        if (b.State.Phase != phase)
        {
            return Rejections.WrongPhase(b.State, c);
        }
        var errors = Errors(b.State).Where(counts ?? (_ => true)).ToImmutableList();
        return errors.IsEmpty ? null : Rejections.RuleErrors(refusal, errors);
    }

    internal static ImmutableList<Finding> Errors(PostMortemState state) =>
        PostMortemLinter.Findings(new LintContext(state.PostMortem, state.LintOptions(), SourceMap.Empty))
            .Where(f => f.Severity == FindingSeverity.Error).ToImmutableList();
}
