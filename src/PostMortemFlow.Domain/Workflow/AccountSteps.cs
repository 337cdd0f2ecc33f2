using PostMortemFlow.Domain.Drafting;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Domain.Workflow;

/// <summary>The people involved: asked about their own moments when the timeline review starts, and their accounts kept.</summary>
internal static class AccountSteps
{
    /// <summary>
    /// One e-mail per matched person with their questions and a personal link to answer them, once per post-mortem: a
    /// person already asked (the e-mail pending or sent) is not asked again. An actor nothing matches is looked up in
    /// the people directory once, where one is configured.
    /// </summary>
    internal static void AskThePeopleInvolved(DecisionBuilder b, DraftingSettings settings)
    {
        foreach (var brief in ResponderQuestions.For(b.State.PostMortem, settings, b.State.PeopleFound))
        {
            if (brief.Questions.Count == 0)
            {
                continue;
            }
            if (brief.Address is { } address)
            {
                b.Email($"email:questions:{address.ToLowerInvariant()}", WorkflowEmails.ResponderQuestions(b.State, brief));
            }
            else if (settings.LooksUpPeople && ResponderQuestions.Found(brief.Actor, b.State.PeopleFound) is null)
            {
                b.Enqueue($"lookup:person:{ActorNames.Bare(brief.Actor).ToLowerInvariant()}", EffectKind.LookUpPerson, text: brief.Actor);
            }
        }
    }

    /// <summary>Keeps what the directory said of an actor; the questions then go out as for any matched person.</summary>
    internal static Rejection? OnPersonLookedUp(DecisionBuilder b, PersonLookedUp c)
    {
        var match = c.Match with { Actor = c.Match.Actor.Trim(), LookedUpAt = b.Now };
        b.Update(s => s with
        {
            PeopleFound = s.PeopleFound.RemoveAll(m => string.Equals(m.Actor, match.Actor, StringComparison.OrdinalIgnoreCase)).Add(match),
        });
        return null;
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
