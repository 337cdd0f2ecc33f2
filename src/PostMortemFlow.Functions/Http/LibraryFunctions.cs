using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PostMortemFlow.Api.Library;

namespace PostMortemFlow.Functions.Http;

/// <summary>The library of post-mortems on the server's route, by the same handler, over the entries the orchestrations publish.</summary>
public sealed class LibraryFunctions(ILibraryIndex library)
{
    [Function("Library")]
    public Task<IActionResult> SearchAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/library")] HttpRequest request) =>
        ResultAction.From(LibraryEndpoints.SearchAsync(request.HttpContext, library));
}
