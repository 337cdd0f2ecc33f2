using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PostMortemFlow.Api.Http;
using PostMortemFlow.Application.PostMortems;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Imports;

namespace PostMortemFlow.Api.Library;

/// <summary><c>GET /api/postmortems/{id}/original</c>: the file a historical post-mortem was imported from, as it was sent.</summary>
public static class OriginalFileEndpoint
{
    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> DownloadAsync(string id, HttpContext http, [FromServices] IPostMortemWorkflow workflow,
        [FromServices] IArtifactStore store)
    {
        var state = await workflow.GetAsync(id, http.RequestAborted);
        if (state.Imported is not { } imported)
        {
            return Problems.NotFound(state.Phase == Domain.Workflow.Phase.None ? $"No post-mortem {id}." : $"{id} was not imported from a file.");
        }
        var content = await store.OpenReadAsync(new ArtifactKey(id, LibraryImports.OriginalSource, imported.StoredName), http.RequestAborted);
        return content is null
            ? Problems.NotFound($"The original of {id} is no longer in the artifact store.")
            : TypedResults.Stream(content, imported.ContentType, Path.GetFileName(imported.FileName.Replace('\\', '/')));
    }
}
