using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using PostMortemFlow.Api.PostMortems;
using PostMortemFlow.Application.PostMortems;
using PostMortemFlow.Functions.Workflow;
using PostMortemFlow.Integrations.Reporting;
using PostMortemFlow.Integrations.Settings;
using PostMortemFlow.Integrations.Uploads;

namespace PostMortemFlow.Functions.Http;

/// <summary>The JSON API on the server's routes, answered by the same handlers; each command is an event of its orchestration.</summary>
public sealed class PostMortemFunctions(DurableEngine engine, DocumentPostMortemCatalog catalog, IOptions<EvidenceOptions> evidence, EvidenceUploads uploads,
    EvidenceCharts charts, IOptions<WorkflowOptions> workflow)
{
    private const string Item = "api/postmortems/{id}";

    [Function("Declare")]
    public Task<IActionResult> DeclareAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/postmortems")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        ResultAction.From(PostMortemEndpoints.DeclareAsync(request.HttpContext, engine.Workflow(client, request), evidence));

    [Function("List")]
    public Task<IActionResult> ListAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/postmortems")] HttpRequest request) =>
        ResultAction.From(PostMortemEndpoints.ListAsync(request.HttpContext, catalog));

    [Function("Get")]
    public Task<IActionResult> GetAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Item)] HttpRequest request,
        [DurableClient] DurableTaskClient client, string id) =>
        ResultAction.From(PostMortemEndpoints.GetAsync(id, request.HttpContext, engine.Workflow(client, request)));

    [Function("EditTimeline")]
    public Task<IActionResult> EditTimelineAsync([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Item + "/timeline")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string id) =>
        ResultAction.From(PostMortemEndpoints.EditTimelineAsync(id, request.HttpContext, engine.Workflow(client, request)));

    [Function("ApproveTimeline")]
    public Task<IActionResult> ApproveTimelineAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Item + "/timeline/approve")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string id) =>
        ResultAction.From(PostMortemEndpoints.ApproveTimelineAsync(id, request.HttpContext, engine.Workflow(client, request)));

    [Function("EditAnalysis")]
    public Task<IActionResult> EditAnalysisAsync([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Item + "/analysis")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string id) =>
        ResultAction.From(PostMortemEndpoints.EditAnalysisAsync(id, request.HttpContext, engine.Workflow(client, request)));

    [Function("ApproveAnalysis")]
    public Task<IActionResult> ApproveAnalysisAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Item + "/analysis/approve")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string id) =>
        ResultAction.From(PostMortemEndpoints.ApproveAnalysisAsync(id, request.HttpContext, engine.Workflow(client, request)));

    [Function("ApproveReport")]
    public Task<IActionResult> ApproveReportAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Item + "/approve")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string id) =>
        ResultAction.From(PostMortemEndpoints.ApproveReportAsync(id, request.HttpContext, engine.Workflow(client, request)));

    [Function("RequestChanges")]
    public Task<IActionResult> RequestChangesAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Item + "/request-changes")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string id) =>
        ResultAction.From(PostMortemEndpoints.RequestChangesAsync(id, request.HttpContext, engine.Workflow(client, request)));

    [Function("ChangeActionItemStatus")]
    public Task<IActionResult> ChangeStatusAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Item + "/action-items/{itemId}/status")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string id, string itemId) =>
        ResultAction.From(PostMortemEndpoints.ChangeStatusAsync(id, itemId, request.HttpContext, engine.Workflow(client, request)));

    [Function("Cancel")]
    public Task<IActionResult> CancelAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Item + "/cancel")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string id) =>
        ResultAction.From(PostMortemEndpoints.CancelAsync(id, request.HttpContext, engine.Workflow(client, request)));

    [Function("ChangeVisibility")]
    public Task<IActionResult> ChangeVisibilityAsync([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Item + "/visibility")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string id) =>
        ResultAction.From(PostMortemEndpoints.ChangeVisibilityAsync(id, request.HttpContext, engine.Workflow(client, request)));

    [Function("Changes")]
    public Task<IActionResult> ChangesAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Item + "/changes")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string id) =>
        ResultAction.From(PostMortemEndpoints.ChangesAsync(id, request.HttpContext, engine.Workflow(client, request)));

    [Function("Version")]
    public Task<IActionResult> VersionAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Item + "/versions/{version}")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string id, string version) =>
        ResultAction.From(PostMortemEndpoints.VersionAsync(id, version, request.HttpContext, engine.Workflow(client, request)));

    [Function("Restore")]
    public Task<IActionResult> RestoreAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Item + "/restore")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string id) =>
        ResultAction.From(PostMortemEndpoints.RestoreAsync(id, request.HttpContext, engine.Workflow(client, request)));

    [Function("Comments")]
    public Task<IActionResult> CommentsAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Item + "/comments")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string id) =>
        ResultAction.From(PostMortemEndpoints.CommentsAsync(id, request.HttpContext, engine.Workflow(client, request)));

    [Function("AddComment")]
    public Task<IActionResult> AddCommentAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Item + "/comments")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string id) =>
        ResultAction.From(PostMortemEndpoints.AddCommentAsync(id, request.HttpContext, engine.Workflow(client, request)));

    [Function("EditComment")]
    public Task<IActionResult> EditCommentAsync([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Item + "/comments/{commentId}")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string id, string commentId) =>
        ResultAction.From(PostMortemEndpoints.EditCommentAsync(id, commentId, request.HttpContext, engine.Workflow(client, request)));

    [Function("DeleteComment")]
    public Task<IActionResult> DeleteCommentAsync([HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = Item + "/comments/{commentId}")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string id, string commentId) =>
        ResultAction.From(PostMortemEndpoints.DeleteCommentAsync(id, commentId, request.HttpContext, engine.Workflow(client, request)));

    [Function("ResolveComment")]
    public Task<IActionResult> ResolveCommentAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Item + "/comments/{commentId}/resolve")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string id, string commentId) =>
        ResultAction.From(PostMortemEndpoints.ResolveCommentAsync(id, commentId, request.HttpContext, engine.Workflow(client, request)));

    [Function("ReopenComment")]
    public Task<IActionResult> ReopenCommentAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Item + "/comments/{commentId}/reopen")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string id, string commentId) =>
        ResultAction.From(PostMortemEndpoints.ReopenCommentAsync(id, commentId, request.HttpContext, engine.Workflow(client, request)));

    [Function("Questions")]
    public Task<IActionResult> QuestionsAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Item + "/questions")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string id) =>
        ResultAction.From(PostMortemEndpoints.QuestionsAsync(id, request.HttpContext, engine.Workflow(client, request), workflow));

    [Function("RecordAccount")]
    public Task<IActionResult> RecordAccountAsync([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Item + "/accounts")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string id) =>
        ResultAction.From(PostMortemEndpoints.RecordAccountAsync(id, request.HttpContext, engine.Workflow(client, request)));

    [Function("RequestSuggestions")]
    public Task<IActionResult> RequestSuggestionsAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Item + "/suggestions")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string id) =>
        ResultAction.From(PostMortemEndpoints.RequestSuggestionsAsync(id, request.HttpContext, engine.Workflow(client, request)));

    [Function("DecideSuggestion")]
    public Task<IActionResult> DecideSuggestionAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Item + "/suggestions/{suggestionId}")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string id, string suggestionId) =>
        ResultAction.From(PostMortemEndpoints.DecideSuggestionAsync(id, suggestionId, request.HttpContext, engine.Workflow(client, request)));

    [Function("CheckRecurrence")]
    public Task<IActionResult> CheckRecurrenceAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Item + "/recurrence-check")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string id) =>
        ResultAction.From(PostMortemEndpoints.CheckRecurrenceAsync(id, request.HttpContext, engine.Workflow(client, request)));

    [Function("UploadEvidence")]
    public Task<IActionResult> UploadAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Item + "/evidence/uploads")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string id) =>
        ResultAction.From(EvidenceUploadEndpoint.UploadAsync(id, request.HttpContext, engine.Workflow(client, request), uploads));

    [Function("ReportMarkdown")]
    public Task<IActionResult> MarkdownAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Item + "/report.md")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string id) =>
        ResultAction.From(PostMortemEndpoints.MarkdownAsync(id, engine.Workflow(client, request), request.HttpContext.RequestAborted));

    [Function("ReportHtml")]
    public Task<IActionResult> HtmlAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Item + "/report.html")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string id) =>
        ResultAction.From(PostMortemEndpoints.HtmlAsync(id, engine.Workflow(client, request), charts, request.HttpContext.RequestAborted));
}
