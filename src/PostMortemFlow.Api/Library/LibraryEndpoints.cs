using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PostMortemFlow.Api.Http;
using PostMortemFlow.Application.Library;
using PostMortemFlow.Application.People;
using PostMortemFlow.Domain.Library;

namespace PostMortemFlow.Api.Library;

/// <summary>
/// <c>GET /api/library</c>, the same in both hosts: full-text search over the post-mortems the caller may find (published
/// ones they may open, drafts they are one of the people of), with filters and highlighted matches.
/// </summary>
public static class LibraryEndpoints
{
    public const string Prefix = "/api/library";

    public static IEndpointRouteBuilder MapLibraryApi(this IEndpointRouteBuilder app)
    {
        var library = app.MapGroup(Prefix).WithTags("Library");
        library.MapGet("/", SearchAsync).WithProblems([StatusCodes.Status400BadRequest]);
        library.MapPost("/import", LibraryImportEndpoint.ImportAsync).WithMetadata(new DisableRequestSizeLimitAttribute())
            .Accepts<IFormFileCollection>("multipart/form-data")
            .WithProblems([StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType]);
        app.MapGet(PostMortems.PostMortemEndpoints.Prefix + "/{id}/original", OriginalFileEndpoint.DownloadAsync).WithTags("Library")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream").WithProblems([StatusCodes.Status404NotFound]);
        return app;
    }

    public static async Task<Results<Ok<LibraryResult>, ProblemHttpResult>> SearchAsync(HttpContext http, ILibraryIndex index)
    {
        var parse = Read(http.Request.Query);
        if (parse.Query is not { } query)
        {
            return Problems.Invalid(parse.Problems.ToDictionary());
        }
        return TypedResults.Ok(await index.SearchAsync(query, Viewers.Of(http.User), http.RequestAborted));
    }

    /// <summary>The search a query string asks for, or its problems by field; the page reads its form the same way.</summary>
    public static LibraryQueryParse Read(IQueryCollection values) => LibraryQuery.Parse(field => values[field].ToString());
}
