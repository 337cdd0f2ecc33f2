using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PostMortemFlow.Application.People;
using PostMortemFlow.Domain.Drafting;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reviews;
using PostMortemFlow.Domain.Rules.Language;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Integrations.Settings;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

/// <summary>
/// <c>/postmortems/{id}/account</c>: a person involved answers the questions about their own moments, in their own
/// words. They arrive with their personal link (or signed in); <c>?actor=</c> opens an actor's questions that an author
/// forwarded by hand.
/// </summary>
public sealed class AccountModel(IPostMortemWorkflow workflow, ReviewLinks links, IOptions<WorkflowOptions> options) : PostMortemPageModel(workflow, links)
{
    public override string Step => "Account";

    /// <summary><c>?actor=</c>: the timeline actor whose questions are answered here, when not the person's own.</summary>
    [BindProperty(SupportsGet = true, Name = "actor")]
    public string? TimelineActor { get; set; }

    [BindProperty]
    public List<string?> Answers { get; set; } = [];

    /// <summary>Who writes: the person the link is for, else the signed-in person.</summary>
    public string Person => ReviewLink is { Purpose: ReviewPurpose.Account } link ? link.Reviewer : Actors.NameOf(User);

    /// <summary>The questions of the actor this person answers for; null when there are none for them.</summary>
    public ResponderBrief? Brief { get; private set; }

    /// <summary>The account this person already wrote, if any, and its index among the accounts.</summary>
    public (ResponderAccount Account, int Index)? Written { get; private set; }

    /// <summary>The findings on the stored answer to one of the brief's questions (blank answers are not stored).</summary>
    public IEnumerable<Finding> FindingsOn(ResponderQuestion question) =>
        Written is { } written && written.Account.Answers.FindIndex(a => a.Question == question.Text) is var answer and >= 0
            ? View.Findings.Where(f => f.Field == PostMortemProse.AccountField(written.Index, answer))
            : [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }
        Find();
        Answers = Brief is null ? [] : [.. Brief.Questions.Select(q => Written?.Account.Answers.FirstOrDefault(a => a.Question == q.Text)?.Answer)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }
        Find();
        if (Brief is null)
        {
            return NotFound();
        }
        var answers = Brief.Questions.Select((q, i) => new AccountAnswer { Question = q.Text, Answer = i < Answers.Count ? Answers[i] ?? "" : "" });
        return await SendAsync(new RecordAccount(Person, Brief.Actor, [.. answers]), "Thank you: your account is with the reviewers.");
    }

    private void Find()
    {
        var briefs = ResponderQuestions.For(State.PostMortem, options.Value.Drafting, State.PeopleFound);
        var person = Person;
        Brief = TimelineActor is { Length: > 0 } actor
            ? briefs.FirstOrDefault(b => string.Equals(b.Actor, actor, StringComparison.OrdinalIgnoreCase))
            : briefs.FirstOrDefault(b => string.Equals(b.Address, person, StringComparison.OrdinalIgnoreCase)
                || string.Equals(b.Actor.TrimStart('@'), person, StringComparison.OrdinalIgnoreCase));
        var accounts = State.PostMortem.Accounts;
        var index = accounts.FindIndex(a => string.Equals(a.Person, person, StringComparison.OrdinalIgnoreCase));
        Written = index >= 0 ? (accounts[index], index) : null;
    }
}
