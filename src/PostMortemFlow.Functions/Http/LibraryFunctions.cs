using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using PostMortemFlow.Api.Library;
using PostMortemFlow.Application.Library;
using PostMortemFlow.Functions.Workflow;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Imports;

namespace PostMortemFlow.Functions.Http;

/// <summary>The library of post-mortems on the server's routes, by the same handlers, over the entries the orchestrations publish.</summary>
public sealed class LibraryFunctions(ILibraryIndex library, DurableEngine engine, LibraryImports imports, IOptions<LibraryImportOptions> importOptions,
    IArtifactStore store)
{
    [Function("Library")]
    public Task<IActionResult> SearchAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/library")] HttpRequest request) =>
        ResultAction.From(LibraryEndpoints.SearchAsync(request.HttpContext, library));

    [Function("LibraryImport")]
    public Task<IActionResult> ImportAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/library/import")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        ResultAction.From(LibraryImportEndpoint.ImportAsync(request.HttpContext, engine.Workflow(client, request), imports, importOptions));

    [Function("OriginalFile")]
    public Task<IActionResult> OriginalAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/postmortems/{id}/original")] HttpRequest request,
        [DurableClient] DurableTaskClient client, string id) =>
        ResultAction.From(OriginalFileEndpoint.DownloadAsync(id, request.HttpContext, engine.Workflow(client, request), store));
}
