using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using PostMortemFlow.Api.Http;
using PostMortemFlow.Application.People;
using PostMortemFlow.Application.PostMortems;
using PostMortemFlow.Domain.Drafting;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Integrations.Reporting;
using PostMortemFlow.Integrations.Settings;

namespace PostMortemFlow.Api.PostMortems;

/// <summary>
/// The JSON API of the workflow, the same in both hosts: the server maps it with <see cref="MapPostMortemApi"/>, the
/// Functions app calls the same handlers from its HTTP functions. Routes are a contract; every error is problem details.
/// </summary>
public static class PostMortemEndpoints
{
    public const string Prefix = "/api/postmortems";

    public static IEndpointRouteBuilder MapPostMortemApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).WithTags("Post-mortems");
        api.MapPost("/", DeclareAsync).WithProblems(ProblemMetadata.Command).WithMetadata(new JsonBody(typeof(DeclareRequest)));
        api.MapGet("/", ListAsync);
        api.MapGet("/{id}", GetAsync).WithProblems(ProblemMetadata.Read);
        api.MapPut("/{id}/timeline", EditTimelineAsync).WithProblems(ProblemMetadata.Command).WithMetadata(new JsonBody(typeof(TimelineRequest)));
        api.MapPost("/{id}/timeline/approve", ApproveTimelineAsync).WithProblems(ProblemMetadata.Command);
        api.MapPut("/{id}/analysis", EditAnalysisAsync).WithProblems(ProblemMetadata.Command).WithMetadata(new JsonBody(typeof(AnalysisDraft)));
        api.MapPost("/{id}/analysis/approve", ApproveAnalysisAsync).WithProblems(ProblemMetadata.Command);
        api.MapPost("/{id}/approve", ApproveReportAsync).WithProblems(ProblemMetadata.Command);
        api.MapPost("/{id}/request-changes", RequestChangesAsync).WithProblems(ProblemMetadata.Command);
        api.MapPost("/{id}/action-items/{itemId}/status", ChangeStatusAsync).WithProblems(ProblemMetadata.Command);
        api.MapPost("/{id}/cancel", CancelAsync).WithProblems(ProblemMetadata.Command);
        api.MapPut("/{id}/visibility", ChangeVisibilityAsync).WithProblems(ProblemMetadata.Command).WithMetadata(new JsonBody(typeof(VisibilityRequest)));
        api.MapGet("/{id}/changes", ChangesAsync).WithProblems(ProblemMetadata.Read);
        api.MapGet("/{id}/versions/{version}", VersionAsync).WithProblems(ProblemMetadata.Read);
        api.MapPost("/{id}/restore", RestoreAsync).WithProblems(ProblemMetadata.Command).WithMetadata(new JsonBody(typeof(RestoreRequest)));
        api.MapGet("/{id}/comments", CommentsAsync).WithProblems(ProblemMetadata.Read);
        api.MapPost("/{id}/comments", AddCommentAsync).WithProblems(ProblemMetadata.Command).WithMetadata(new JsonBody(typeof(CommentRequest)));
        api.MapPut("/{id}/comments/{commentId}", EditCommentAsync).WithProblems(ProblemMetadata.Command).WithMetadata(new JsonBody(typeof(CommentRequest)));
        api.MapDelete("/{id}/comments/{commentId}", DeleteCommentAsync).WithProblems(ProblemMetadata.Command);
        api.MapPost("/{id}/comments/{commentId}/resolve", ResolveCommentAsync).WithProblems(ProblemMetadata.Command);
        api.MapPost("/{id}/comments/{commentId}/reopen", ReopenCommentAsync).WithProblems(ProblemMetadata.Command);
        api.MapPost("/{id}/recurrence-check", CheckRecurrenceAsync).WithProblems(ProblemMetadata.Command);
        api.MapGet("/{id}/questions", QuestionsAsync).WithProblems(ProblemMetadata.Read);
        api.MapPut("/{id}/accounts", RecordAccountAsync).WithProblems(ProblemMetadata.Command).WithMetadata(new JsonBody(typeof(AccountRequest)));
        api.MapPost("/{id}/suggestions", RequestSuggestionsAsync).WithProblems(ProblemMetadata.Command);
        api.MapPost("/{id}/suggestions/{suggestionId}", DecideSuggestionAsync).WithProblems(ProblemMetadata.Command);
        api.MapPost("/{id}/evidence/uploads", EvidenceUploadEndpoint.UploadAsync).WithMetadata(new DisableRequestSizeLimitAttribute())
            .WithProblems(ProblemMetadata.Command);
        api.MapGet("/{id}/report.md", MarkdownAsync).Produces<string>(StatusCodes.Status200OK, "text/markdown").WithProblems(ProblemMetadata.Read);
        api.MapGet("/{id}/report.html", HtmlAsync).Produces<string>(StatusCodes.Status200OK, "text/html").WithProblems(ProblemMetadata.Read);
        return app;
    }

    public static async Task<Results<Created<DeclaredPostMortem>, Ok<DeclaredPostMortem>, ProblemHttpResult>> DeclareAsync(
        HttpContext http, IPostMortemWorkflow workflow, IOptions<EvidenceOptions> evidence)
    {
        var (body, problem) = await ApiJson.ReadAsync<DeclareRequest>(http);
        if (body is null)
        {
            return problem!;
        }
        var problems = body.Problems();
        if (problems.Count > 0)
        {
            return Problems.Invalid(problems);
        }
        var (id, result) = await PostMortemDeclaration.DeclareAsync(workflow, evidence.Value.SourcesToCollect, body,
            http.Request.Headers["Idempotency-Key"].ToString(), http.RequestAborted);
        if (result.Rejection is { } rejection)
        {
            return Problems.From(rejection);
        }
        var created = new DeclaredPostMortem(id, result.State.Phase);
        return result.Changed ? TypedResults.Created($"{Prefix}/{id}", created) : TypedResults.Ok(created);
    }

    /// <summary>The list without the facts each row keeps for the insights, which <c>/api/insights</c> serves computed.</summary>
    /// <remarks>Restricted post-mortems the caller is not one of the people of are left out.</remarks>
    public static async Task<Ok<IReadOnlyList<PostMortemSummary>>> ListAsync(HttpContext http, IPostMortemCatalog catalog) =>
        TypedResults.Ok<IReadOnlyList<PostMortemSummary>>([.. (await catalog.ListAsync(Viewers.Of(http.User), http.RequestAborted)).Select(r => r with { Facts = null })]);

    public static async Task<Results<Ok<PostMortemView>, ProblemHttpResult>> GetAsync(string id, HttpContext http, IPostMortemWorkflow workflow)
    {
        var state = await workflow.GetAsync(id, http.RequestAborted);
        if (state.Phase == Phase.None)
        {
            return Problems.NotFound($"No post-mortem {id}.");
        }
        http.Response.Headers.ETag = VersionTag.Of(state.Version);
        return TypedResults.Ok(PostMortemView.From(state));
    }

    public static Task<Results<Ok<PostMortemView>, ProblemHttpResult>> EditTimelineAsync(string id, HttpContext http, IPostMortemWorkflow workflow) =>
        WithBody<TimelineRequest>(http, body => body.Entries is null
            ? Task.FromResult<Results<Ok<PostMortemView>, ProblemHttpResult>>(Problems.Invalid("entries", "The timeline's entries are required."))
            : SendAsync(http, workflow, id, new EditTimeline([.. body.Entries], Actors.ActorOf(http.User, body.By))));

    public static Task<Results<Ok<PostMortemView>, ProblemHttpResult>> EditAnalysisAsync(string id, HttpContext http, IPostMortemWorkflow workflow) =>
        WithBody<AnalysisDraft>(http, draft => SendAsync(http, workflow, id, new EditAnalysis(draft, Actors.NameOf(http.User))));

    public static Task<Results<Ok<PostMortemView>, ProblemHttpResult>> ApproveTimelineAsync(string id, HttpContext http, IPostMortemWorkflow workflow) =>
        WithActor(http, actor => SendAsync(http, workflow, id, new ApproveTimeline(Actors.ActorOf(http.User, actor.By))));

    public static Task<Results<Ok<PostMortemView>, ProblemHttpResult>> ApproveAnalysisAsync(string id, HttpContext http, IPostMortemWorkflow workflow) =>
        WithActor(http, actor => SendAsync(http, workflow, id, new ApproveAnalysis(Actors.ActorOf(http.User, actor.By))));

    public static Task<Results<Ok<PostMortemView>, ProblemHttpResult>> ApproveReportAsync(string id, HttpContext http, IPostMortemWorkflow workflow) =>
        WithActor(http, actor => SendAsync(http, workflow, id, new ApproveReport(Actors.ActorOf(http.User, actor.By)) { ResolveOpenComments = actor.ResolveOpenComments }));

    public static Task<Results<Ok<PostMortemView>, ProblemHttpResult>> RequestChangesAsync(string id, HttpContext http, IPostMortemWorkflow workflow) =>
        WithActor(http, actor => SendAsync(http, workflow, id, new RequestChanges(Actors.ActorOf(http.User, actor.By), actor.Reason ?? "")));

    public static Task<Results<Ok<PostMortemView>, ProblemHttpResult>> ChangeStatusAsync(string id, string itemId, HttpContext http, IPostMortemWorkflow workflow) =>
        WithActor(http, actor => actor.Status is not { } status
            ? Task.FromResult<Results<Ok<PostMortemView>, ProblemHttpResult>>(Problems.Invalid("status", "A status is required: Open, InProgress, Done or WontDo."))
            : SendAsync(http, workflow, id, new ChangeActionItemStatus(itemId, status, Actors.ActorOf(http.User, actor.By))));

    public static Task<Results<Ok<PostMortemView>, ProblemHttpResult>> CancelAsync(string id, HttpContext http, IPostMortemWorkflow workflow) =>
        WithActor(http, actor => SendAsync(http, workflow, id, new Cancel(Actors.ActorOf(http.User, actor.By), actor.Reason ?? "cancelled")));

    /// <summary>Restricts the post-mortem (to its people and the named people and groups) or opens it to everyone; recorded in the history.</summary>
    public static Task<Results<Ok<PostMortemView>, ProblemHttpResult>> ChangeVisibilityAsync(string id, HttpContext http, IPostMortemWorkflow workflow) =>
        WithBody<VisibilityRequest>(http, body => body.Problems() is { Count: > 0 } problems
            ? Task.FromResult<Results<Ok<PostMortemView>, ProblemHttpResult>>(Problems.Invalid(problems))
            : SendAsync(http, workflow, id, new ChangeVisibility(body.ToRestriction(), Actors.ActorOf(http.User, body.By))));

    /// <summary>Every accepted edit since the history starts, each with who, when, the command and its diff.</summary>
    public static async Task<Results<Ok<ChangesView>, ProblemHttpResult>> ChangesAsync(string id, HttpContext http, IPostMortemWorkflow workflow)
    {
        var state = await workflow.GetAsync(id, http.RequestAborted);
        if (state.Phase == Phase.None)
        {
            return Problems.NotFound($"No post-mortem {id}.");
        }
        http.Response.Headers.ETag = VersionTag.Of(state.Version);
        return TypedResults.Ok(new ChangesView(state.Version, state.ChangesFrom, [.. state.Changes.Select(ChangeView.From)]));
    }

    /// <summary>The post-mortem as it was at an earlier version, rebuilt from the history.</summary>
    public static async Task<Results<Ok<VersionView>, ProblemHttpResult>> VersionAsync(string id, string version, HttpContext http, IPostMortemWorkflow workflow)
    {
        if (!long.TryParse(version, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return Problems.Invalid("version", "A version is a whole number, as the ETag gives it.");
        }
        var state = await workflow.GetAsync(id, http.RequestAborted);
        if (state.Phase == Phase.None)
        {
            return Problems.NotFound($"No post-mortem {id}.");
        }
        return PostMortemHistory.At(state, number) is { } earlier
            ? TypedResults.Ok(new VersionView(number, earlier))
            : Problems.NotFound($"Version {number} of {id} is not kept: the history holds versions {state.ChangesFrom} to {state.Version}.");
    }

    /// <summary>Puts the timeline or the analysis back as it was at a version: an ordinary edit, checked, linted and recorded.</summary>
    public static Task<Results<Ok<PostMortemView>, ProblemHttpResult>> RestoreAsync(string id, HttpContext http, IPostMortemWorkflow workflow) =>
        WithBody<RestoreRequest>(http, body => (body.Version, body.Part) switch
        {
            (null, _) => Task.FromResult<Results<Ok<PostMortemView>, ProblemHttpResult>>(Problems.Invalid("version", "The version to restore is required.")),
            (_, null) => Task.FromResult<Results<Ok<PostMortemView>, ProblemHttpResult>>(Problems.Invalid("part", "Say what to restore: Timeline or Analysis.")),
            ({ } version, { } part) => SendAsync(http, workflow, id, new RestoreVersion(version, part, Actors.ActorOf(http.User, body.By))),
        });

    /// <summary>The review's discussion; a restricted post-mortem's comments are for its people only, like the rest of it.</summary>
    public static async Task<Results<Ok<CommentsView>, ProblemHttpResult>> CommentsAsync(string id, HttpContext http, IPostMortemWorkflow workflow)
    {
        var state = await workflow.GetAsync(id, http.RequestAborted);
        if (state.Phase == Phase.None)
        {
            return Problems.NotFound($"No post-mortem {id}.");
        }
        http.Response.Headers.ETag = VersionTag.Of(state.Version);
        var comments = state.PostMortem.Comments;
        return TypedResults.Ok(new CommentsView(state.Version, comments.Count(c => c.IsOpen), comments));
    }

    /// <summary>A comment or a reply; an <c>Idempotency-Key</c> makes a retry add nothing (and mail nobody) a second time.</summary>
    public static Task<Results<Ok<PostMortemView>, ProblemHttpResult>> AddCommentAsync(string id, HttpContext http, IPostMortemWorkflow workflow) =>
        WithBody<CommentRequest>(http, body => SendAsync(http, workflow, id, new AddComment(body.Anchor ?? "", body.Text ?? "", body.ReplyTo,
            http.Request.Headers["Idempotency-Key"].ToString() is { Length: > 0 } key ? key : null, Actors.ActorOf(http.User, body.By))));

    public static Task<Results<Ok<PostMortemView>, ProblemHttpResult>> EditCommentAsync(string id, string commentId, HttpContext http, IPostMortemWorkflow workflow) =>
        WithBody<CommentRequest>(http, body => SendAsync(http, workflow, id, new EditComment(commentId, body.Text ?? "", Actors.ActorOf(http.User, body.By))));

    public static Task<Results<Ok<PostMortemView>, ProblemHttpResult>> DeleteCommentAsync(string id, string commentId, HttpContext http, IPostMortemWorkflow workflow) =>
        WithActor(http, actor => SendAsync(http, workflow, id, new DeleteComment(commentId, Actors.ActorOf(http.User, actor.By))));

    public static Task<Results<Ok<PostMortemView>, ProblemHttpResult>> ResolveCommentAsync(string id, string commentId, HttpContext http, IPostMortemWorkflow workflow) =>
        WithActor(http, actor => SendAsync(http, workflow, id, new ResolveComment(commentId, true, Actors.ActorOf(http.User, actor.By))));

    public static Task<Results<Ok<PostMortemView>, ProblemHttpResult>> ReopenCommentAsync(string id, string commentId, HttpContext http, IPostMortemWorkflow workflow) =>
        WithActor(http, actor => SendAsync(http, workflow, id, new ResolveComment(commentId, false, Actors.ActorOf(http.User, actor.By))));

    /// <summary>
    /// The questions for the people of the timeline about their own moments, with the address each goes to; an actor
    /// without one is for the authors to forward by hand.
    /// </summary>
    public static async Task<Results<Ok<IReadOnlyList<ResponderBrief>>, ProblemHttpResult>> QuestionsAsync(string id, HttpContext http, IPostMortemWorkflow workflow,
        IOptions<WorkflowOptions> options)
    {
        var state = await workflow.GetAsync(id, http.RequestAborted);
        return state.Phase == Phase.None
            ? Problems.NotFound($"No post-mortem {id}.")
            : TypedResults.Ok(ResponderQuestions.For(state.PostMortem, options.Value.Drafting, state.PeopleFound));
    }

    /// <summary>A person's account in their own words: the signed-in person's, or the named one's where nobody signs in.</summary>
    public static Task<Results<Ok<PostMortemView>, ProblemHttpResult>> RecordAccountAsync(string id, HttpContext http, IPostMortemWorkflow workflow) =>
        WithBody<AccountRequest>(http, body => SendAsync(http, workflow, id,
            new RecordAccount(Actors.ActorOf(http.User, body.Person), body.Actor, [.. body.Answers])));

    /// <summary>Asks the configured model for grounded suggestions; they land in <c>drafting</c>. Never waits for the model.</summary>
    public static Task<Results<Ok<PostMortemView>, ProblemHttpResult>> RequestSuggestionsAsync(string id, HttpContext http, IPostMortemWorkflow workflow) =>
        WithActor(http, actor => SendAsync(http, workflow, id, new RequestSuggestions(Actors.ActorOf(http.User, actor.By))));

    /// <summary><c>{accept: true}</c> takes the suggestion into the analysis as the caller's edit; <c>false</c> dismisses it.</summary>
    public static Task<Results<Ok<PostMortemView>, ProblemHttpResult>> DecideSuggestionAsync(string id, string suggestionId, HttpContext http, IPostMortemWorkflow workflow) =>
        WithBody<SuggestionDecision>(http, body => SendAsync(http, workflow, id, new DecideSuggestion(suggestionId, body.Accept, Actors.ActorOf(http.User, body.By))));

    /// <summary>Re-runs the signature since publication: 202 at once, the result lands in the state's <c>recurrence</c>.</summary>
    public static async Task<Results<Accepted<PostMortemView>, ProblemHttpResult>> CheckRecurrenceAsync(string id, HttpContext http, IPostMortemWorkflow workflow)
    {
        var (actor, problem) = http.Request.ContentLength is null or 0 && !http.Request.HasJsonContentType()
            ? (new ActorRequest(), null)
            : await ApiJson.ReadAsync<ActorRequest>(http);
        if (actor is null)
        {
            return problem!;
        }
        var result = await workflow.ExecuteAsync(id, new CheckRecurrence(Actors.ActorOf(http.User, actor.By)), http.RequestAborted);
        return result.Rejection is { } rejection ? Problems.From(rejection, id) : TypedResults.Accepted($"{Prefix}/{id}", PostMortemView.From(result.State));
    }

    public static Task<Results<ContentHttpResult, ProblemHttpResult>> MarkdownAsync(string id, IPostMortemWorkflow workflow, CancellationToken cancellationToken) =>
        ReportAsync(workflow, id, state => Task.FromResult(TypedResults.Text(WorkflowReport.Of(state).Markdown, "text/markdown; charset=utf-8")), cancellationToken);

    /// <summary>The report as it will be published: with the evidence charts that drafted its key moments.</summary>
    public static Task<Results<ContentHttpResult, ProblemHttpResult>> HtmlAsync(string id, IPostMortemWorkflow workflow, [FromServices] EvidenceCharts charts,
        CancellationToken cancellationToken) =>
        ReportAsync(workflow, id, async state => TypedResults.Text(
            WorkflowReport.Of(state, await charts.ForReportAsync(id, state.PostMortem, cancellationToken)).Html, "text/html; charset=utf-8"), cancellationToken);

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ReportAsync(IPostMortemWorkflow workflow, string id,
        Func<PostMortemState, Task<ContentHttpResult>> render, CancellationToken cancellationToken)
    {
        var state = await workflow.GetAsync(id, cancellationToken);
        return state.Phase == Phase.None ? Problems.NotFound($"No post-mortem {id}.") : await render(state);
    }

    /// <summary>
    /// Sends an edit; with <c>If-Match: "&lt;version&gt;"</c> only onto that version (412 with the current one otherwise),
    /// without it last-write-wins as scripts expect. The answer carries the new version as its <c>ETag</c>.
    /// </summary>
    private static async Task<Results<Ok<PostMortemView>, ProblemHttpResult>> SendAsync(HttpContext http, IPostMortemWorkflow workflow, string id,
        PostMortemCommand command)
    {
        var ifMatch = http.Request.Headers.IfMatch.ToString().Trim();
        if (ifMatch.Length > 0 && ifMatch != "*")
        {
            if (!VersionTag.TryRead(ifMatch, out var version))
            {
                return Problems.Invalid("If-Match", "The version as the ETag gave it, e.g. \"12\".");
            }
            command = new Guarded(command, version);
        }
        var result = await workflow.ExecuteAsync(id, command, http.RequestAborted);
        if (result.Rejection is { Kind: RejectionKind.StaleVersion } stale)
        {
            http.Response.Headers.ETag = VersionTag.Of(result.State.Version);
            return TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "Changed since you loaded it", detail: stale.Message,
                extensions: new Dictionary<string, object?>
                {
                    ["currentVersion"] = result.State.Version,
                    ["changes"] = PostMortemHistory.Since(result.State, ((Guarded)command).ExpectedVersion).Select(ChangeView.From).ToList(),
                    ["current"] = PostMortemView.From(result.State),
                });
        }
        if (result.Rejection is { } rejection)
        {
            return Problems.From(rejection, id);
        }
        http.Response.Headers.ETag = VersionTag.Of(result.State.Version);
        return TypedResults.Ok(PostMortemView.From(result.State));
    }

    private static async Task<Results<Ok<PostMortemView>, ProblemHttpResult>> WithBody<T>(HttpContext http,
        Func<T, Task<Results<Ok<PostMortemView>, ProblemHttpResult>>> then) where T : class
    {
        var (body, problem) = await ApiJson.ReadAsync<T>(http);
        return body is null ? problem! : await then(body);
    }

    /// <summary>The actor body is optional: an empty body means the local user with no reason.</summary>
    private static Task<Results<Ok<PostMortemView>, ProblemHttpResult>> WithActor(HttpContext http,
        Func<ActorRequest, Task<Results<Ok<PostMortemView>, ProblemHttpResult>>> then) =>
        http.Request.ContentLength is null or 0 && !http.Request.HasJsonContentType()
            ? then(new ActorRequest())
            : WithBody(http, then);
}
