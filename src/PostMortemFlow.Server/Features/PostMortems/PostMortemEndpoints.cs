using Microsoft.AspNetCore.Mvc;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Integrations.Uploads;
using PostMortemFlow.Server.Features.Api;
using PostMortemFlow.Server.Features.Catalog;
using PostMortemFlow.Server.Features.PostMortems.Pages;

namespace PostMortemFlow.Server.Features.PostMortems;

/// <summary>The JSON API of the workflow. Routes are a contract; every error is problem details.</summary>
public static class PostMortemEndpoints
{
    public static IEndpointRouteBuilder MapPostMortemEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/postmortems").WithTags("Post-mortems");
        api.MapPost("/", DeclareAsync);
        api.MapGet("/", async (IPostMortemCatalog catalog, CancellationToken ct) => TypedResults.Ok(await catalog.ListAsync(ct)));
        api.MapGet("/{id}", GetAsync);
        api.MapPut("/{id}/timeline", async (string id, HttpContext http, IGrainFactory grains) =>
            await WithBody<TimelineRequest>(http, body => body.Entries is null
                ? Task.FromResult<IResult>(ApiJson.Invalid("entries", "The timeline's entries are required."))
                : Send(grains, id, new EditTimeline([.. body.Entries], UiIdentity.ActorOf(http.User, body.By)))));
        api.MapPost("/{id}/timeline/approve", (string id, HttpContext http, IGrainFactory grains) =>
            WithActor(http, actor => Send(grains, id, new ApproveTimeline(UiIdentity.ActorOf(http.User, actor.By)))));
        api.MapPut("/{id}/analysis", async (string id, HttpContext http, IGrainFactory grains) =>
            await WithBody<AnalysisDraft>(http, draft => Send(grains, id, new EditAnalysis(draft, UiIdentity.NameOf(http.User)))));
        api.MapPost("/{id}/analysis/approve", (string id, HttpContext http, IGrainFactory grains) =>
            WithActor(http, actor => Send(grains, id, new ApproveAnalysis(UiIdentity.ActorOf(http.User, actor.By)))));
        api.MapPost("/{id}/approve", (string id, HttpContext http, IGrainFactory grains) =>
            WithActor(http, actor => Send(grains, id, new ApproveReport(UiIdentity.ActorOf(http.User, actor.By)))));
        api.MapPost("/{id}/request-changes", (string id, HttpContext http, IGrainFactory grains) =>
            WithActor(http, actor => Send(grains, id, new RequestChanges(UiIdentity.ActorOf(http.User, actor.By), actor.Reason ?? ""))));
        api.MapPost("/{id}/action-items/{itemId}/status", (string id, string itemId, HttpContext http, IGrainFactory grains) =>
            WithActor(http, actor => actor.Status is not { } status
                ? Task.FromResult<IResult>(ApiJson.Invalid("status", "A status is required: Open, InProgress, Done or WontDo."))
                : Send(grains, id, new ChangeActionItemStatus(itemId, status, UiIdentity.ActorOf(http.User, actor.By)))));
        api.MapPost("/{id}/cancel", (string id, HttpContext http, IGrainFactory grains) =>
            WithActor(http, actor => Send(grains, id, new Cancel(UiIdentity.ActorOf(http.User, actor.By), actor.Reason ?? "cancelled"))));
        api.MapPost("/{id}/evidence/uploads", UploadAsync).WithMetadata(new DisableRequestSizeLimitAttribute());
        api.MapGet("/{id}/report.md", (string id, IGrainFactory grains) =>
            ReportAsync(grains, id, state => TypedResults.Text(MarkdownReportRenderer.Render(state.PostMortem, Lint(state)), "text/markdown; charset=utf-8")));
        api.MapGet("/{id}/report.html", (string id, IGrainFactory grains) =>
            ReportAsync(grains, id, state => TypedResults.Text(HtmlReportRenderer.Render(state.PostMortem, Lint(state)), "text/html; charset=utf-8")));
        return app;
    }

    private static async Task<IResult> DeclareAsync(HttpContext http, IGrainFactory grains, IConfiguration configuration)
    {
        var (body, problem) = await ApiJson.ReadAsync<DeclareRequest>(http);
        if (body is null)
        {
            return problem!;
        }
        var problems = body.Problems();
        if (problems.Count > 0)
        {
            return ApiJson.Invalid(problems);
        }
        var (id, result) = await PostMortemDeclaration.DeclareAsync(grains, configuration, body, http.Request.Headers["Idempotency-Key"].ToString());
        if (result.Rejection is { } rejection)
        {
            return Problems.From(rejection);
        }
        var created = new { id, phase = result.State.Phase };
        return result.Changed ? TypedResults.Created($"/api/postmortems/{id}", created) : TypedResults.Ok(created);
    }

    private static async Task<IResult> GetAsync(string id, IGrainFactory grains)
    {
        var state = await grains.GetGrain<IPostMortemGrain>(id).GetState();
        return state.Phase == Phase.None ? Problems.NotFound(id) : TypedResults.Ok(PostMortemView.From(state));
    }

    private static async Task<IResult> ReportAsync(IGrainFactory grains, string id, Func<PostMortemState, IResult> render)
    {
        var state = await grains.GetGrain<IPostMortemGrain>(id).GetState();
        return state.Phase == Phase.None ? Problems.NotFound(id) : render(state);
    }

    private static LintReport Lint(PostMortemState state) => PostMortemLinter.Lint(new LintContext(state.PostMortem), state.Facts());

    private static async Task<IResult> UploadAsync(string id, HttpContext http, IGrainFactory grains, UploadStore uploads)
    {
        var grain = grains.GetGrain<IPostMortemGrain>(id);
        var state = await grain.GetState();
        if (state.Phase == Phase.None)
        {
            return Problems.NotFound(id);
        }
        if (state.Phase is not (Phase.Collecting or Phase.TimelineReview))
        {
            return Problems.From(new Rejection { Kind = RejectionKind.WrongPhase, Message = $"Evidence is collected before the timeline is approved; the post-mortem is in {state.Phase}." });
        }
        var name = http.Request.Query["name"].ToString();
        if (string.IsNullOrWhiteSpace(name))
        {
            return ApiJson.Invalid("name", "Name the uploaded file: ?name=events.ndjson");
        }
        var saved = await uploads.SaveAsync(id, name, http.Request.Body, http.RequestAborted);
        if (saved is not { } file)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Upload too large");
        }
        var result = await grain.Execute(new CollectEvidence(UploadsCollector.SourceName));
        return result.Rejection is { } rejection
            ? Problems.From(rejection)
            : TypedResults.Accepted($"/api/postmortems/{id}", new { name = file.Name, bytes = file.Bytes });
    }

    private static async Task<IResult> Send(IGrainFactory grains, string id, PostMortemCommand command)
    {
        var result = await grains.GetGrain<IPostMortemGrain>(id).Execute(command);
        return result.Rejection is { } rejection ? Problems.From(rejection, id) : TypedResults.Ok(PostMortemView.From(result.State));
    }

    private static async Task<IResult> WithBody<T>(HttpContext http, Func<T, Task<IResult>> then) where T : class
    {
        var (body, problem) = await ApiJson.ReadAsync<T>(http);
        return body is null ? problem! : await then(body);
    }

    /// <summary>The actor body is optional: an empty body means the local user with no reason.</summary>
    private static Task<IResult> WithActor(HttpContext http, Func<ActorRequest, Task<IResult>> then) =>
        http.Request.ContentLength is null or 0 && !http.Request.HasJsonContentType()
            ? then(new ActorRequest())
            : WithBody(http, then);
}
