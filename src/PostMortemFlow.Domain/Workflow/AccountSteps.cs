using PostMortemFlow.Domain.Drafting;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Workflow;

/// <summary>The people involved: asked about their own moments when the timeline review starts, and their accounts kept.</summary>
internal static class AccountSteps
{
    /// <summary>
    /// One e-mail per matched person with their questions and a personal link to answer them, once per post-mortem: a
    /// person already asked (the e-mail pending or sent) is not asked again.
    /// </summary>
    internal static void AskThePeopleInvolved(DecisionBuilder b, DraftingSettings settings)
    {
        foreach (var brief in ResponderQuestions.For(b.State.PostMortem, settings))
        {
            if (brief.Address is { } address && brief.Questions.Count > 0)
            {
                b.Email($"email:questions:{address.ToLowerInvariant()}", WorkflowEmails.ResponderQuestions(b.State, brief));
            }
        }
    }

    internal static Rejection? OnRecordAccount(DecisionBuilder b, RecordAccount c)
    {
        if (b.State.Phase is not (Phase.TimelineReview or Phase.AnalysisReview or Phase.Approval))
        {
            return Rejections.WrongPhase(b.State, c);
        }
        if (string.IsNullOrWhiteSpace(c.Person))
        {
            return Rejections.Invalid("person", "Say who writes the account.");
        }
        if (!c.Answers.Any(a => !string.IsNullOrWhiteSpace(a.Answer)))
        {
            return Rejections.Invalid("answers", "Write at least one answer.");
        }
        var account = new ResponderAccount
        {
            Person = c.Person.Trim(),
            Actor = c.Actor.Trim(),
            WrittenAt = b.Now,
            Answers = [.. c.Answers.Where(a => !string.IsNullOrWhiteSpace(a.Answer)).Select(a => a with { Question = a.Question.Trim(), Answer = a.Answer.Trim() })],
        };
        b.Update(s => s with
        {
            PostMortem = s.PostMortem with
            {
                Accounts = s.PostMortem.Accounts.RemoveAll(a => string.Equals(a.Person, account.Person, StringComparison.OrdinalIgnoreCase)).Add(account),
            },
        });
        return null;
    }
}
