using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using PostMortemFlow.Api.Http;
using PostMortemFlow.Api.Reviews;
using PostMortemFlow.Application.PostMortems;
using PostMortemFlow.Domain.Drafting;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting.Parsing;
using PostMortemFlow.Domain.Reviews;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Functions.Reviews;
using PostMortemFlow.Functions.Workflow;
using PostMortemFlow.Integrations.Reviews;
using PostMortemFlow.Integrations.Settings;

namespace PostMortemFlow.Functions.Http;

/// <summary>
/// <c>/review/{token}</c>: where the signed links in the e-mails land. The page shows the step's draft; its form posts
/// back here with a check bound to the link and the part shown (a post without the key, or from a stale page, is
/// refused), and the reviewer's edit, approval or request for changes becomes a command of the orchestration.
/// </summary>
public sealed class ReviewFunctions(DurableEngine engine, ReviewLinks links, IOptions<WorkflowOptions> options)
{
    private const string Route = "review/{token}";

    [Function("ReviewPage")]
    public async Task<IActionResult> ShowAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Route)] HttpRequest request,
        [DurableClient] DurableTaskClient client, string token)
    {
        var (verdict, link) = links.Read(token);
        if (verdict != ReviewLinkVerdict.Valid)
        {
            return new ResultAction(ReviewLinkRefusal.For(verdict, request));
        }
        var state = await engine.Workflow(client).GetAsync(link!.PostMortemId, request.HttpContext.RequestAborted);
        return state.Phase == Phase.None
            ? new ResultAction(Problems.NotFound($"No post-mortem {link.PostMortemId}."))
            : Page(state, link, token, StatusCodes.Status200OK);
    }

    [Function("ReviewAction")]
    public async Task<IActionResult> ActAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Route)] HttpRequest request,
        [DurableClient] DurableTaskClient client, string token)
    {
        var (verdict, link) = links.Read(token);
        if (verdict != ReviewLinkVerdict.Valid)
        {
            return new ResultAction(ReviewLinkRefusal.For(verdict, request));
        }
        if (!request.HasFormContentType)
        {
            return new ResultAction(Problems.Invalid("$", "Post the review form."));
        }
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var workflow = engine.Workflow(client);
        var state = await workflow.GetAsync(link!.PostMortemId, request.HttpContext.RequestAborted);
        if (!links.IsFormCheck(token, ReviewedPart.Fingerprint(state.PostMortem, link.Purpose), form["check"]))
        {
            return Page(state, link, token, StatusCodes.Status409Conflict, "Someone changed this part since the page was opened, or the form did not come from it. Here it is as it stands now.");
        }
        var (command, problems) = CommandOf(state, link, form);
        if (command is null)
        {
            return Page(state, link, token, StatusCodes.Status400BadRequest, "Nothing was changed.", problems, form["part"]);
        }
        CommandResult result;
        try
        {
            result = await workflow.ExecuteAsync(link.PostMortemId, command, request.HttpContext.RequestAborted);
        }
        catch (CommandQueuedException)
        {
            return Page(state, link, token, StatusCodes.Status202Accepted, "Your review is received and will be applied in a moment; reload this page to see it.");
        }
        if (result.Rejection is { } rejection)
        {
            return Page(state, link, token, RejectionStatus.Of(rejection.Kind), rejection.Message, editedPart: form["part"]);
        }
        return new ResultAction(Results.Redirect($"/review/{Uri.EscapeDataString(token)}"));
    }

    private static (PostMortemCommand? Command, IReadOnlyList<ParseProblem> Problems) CommandOf(PostMortemState state, ReviewLink link, IFormCollection form) =>
        form["action"].ToString() switch
        {
            "save" => ReviewedPart.Edit(state.PostMortem, link.Purpose, form["part"].ToString(), link.Reviewer),
            // A person involved answers the questions about their own moments; the link says who they are.
            "account" when link.Purpose == ReviewPurpose.Account => (new RecordAccount(link.Reviewer, form["actor"].ToString(),
                [.. form["question"].Zip(form["answer"], (question, answer) => new AccountAnswer { Question = question ?? "", Answer = answer ?? "" })]), []),
            "approve" => (link.Purpose switch
            {
                ReviewPurpose.TimelineReview => new ApproveTimeline(link.Reviewer),
                ReviewPurpose.AnalysisReview => new ApproveAnalysis(link.Reviewer),
                ReviewPurpose.Approval => new ApproveReport(link.Reviewer),
                _ => null,
            }, []),
            "changes" => (new RequestChanges(link.Reviewer, form["reason"].ToString()), []),
            _ => (null, [new ParseProblem(1, "Choose save, approve or request changes.")]),
        };

    private ResultAction Page(PostMortemState state, ReviewLink link, string token, int status, string? message = null,
        IReadOnlyList<ParseProblem>? problems = null, string? editedPart = null) =>
        new(Results.Content(ReviewPage.Render(state, link, token, links.FormCheck(token, ReviewedPart.Fingerprint(state.PostMortem, link.Purpose)), message, problems, editedPart,
            link.Purpose == ReviewPurpose.Account ? ResponderQuestions.For(state.PostMortem, options.Value.Drafting, state.PeopleFound)
                .Where(b => string.Equals(b.Address, link.Reviewer, StringComparison.OrdinalIgnoreCase)).ToList() : null),
            "text/html; charset=utf-8", statusCode: status));
}
