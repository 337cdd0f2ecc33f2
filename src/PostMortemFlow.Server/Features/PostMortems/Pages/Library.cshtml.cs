using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PostMortemFlow.Api.Library;
using PostMortemFlow.Application.Library;
using PostMortemFlow.Application.People;
using PostMortemFlow.Domain.Library;
using PostMortemFlow.Integrations.Imports;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

/// <summary>
/// The library of post-mortems: the same search as <c>GET /api/library</c>, as a form and a list of hits; and the same
/// import as <c>POST /api/library/import</c>, for the post-mortems a team wrote before.
/// </summary>
public sealed class LibraryModel(ILibraryIndex index, IPostMortemWorkflow workflow, LibraryImports imports, IOptions<LibraryImportOptions> importOptions) : PageModel
{
    public IReadOnlyDictionary<string, string[]> Problems { get; private set; } = new Dictionary<string, string[]>();

    public LibraryResult? Result { get; private set; }

    public LibraryQuery? Query { get; private set; }

    /// <summary>What the last import did, file by file.</summary>
    public ImportAnswer? Imported { get; private set; }

    /// <summary>Why the last import was refused whole (too large, no files, a bad restriction).</summary>
    public IReadOnlyList<string> ImportProblems { get; private set; } = [];

    /// <summary>What the form shows: the values as they were sent, so a bad one can be corrected in place.</summary>
    public string Value(string field) => Request.Query[field].ToString();

    public string? ProblemOf(string field) => Problems.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var parse = LibraryQuery.Parse(field => Request.Query[field].ToString());
        Problems = parse.Problems;
        if (parse.Query is not { } query)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        Query = query;
        Result = await index.SearchAsync(query, Viewers.Of(User), cancellationToken);
    }

    public async Task OnPostImportAsync(CancellationToken cancellationToken)
    {
        var (answer, problem) = await LibraryImportEndpoint.RunAsync(HttpContext, workflow, imports, importOptions.Value);
        if (problem?.ProblemDetails is { } details)
        {
            Response.StatusCode = details.Status ?? StatusCodes.Status400BadRequest;
            ImportProblems = details is HttpValidationProblemDetails validation
                ? [.. validation.Errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))]
                : [details.Detail ?? details.Title ?? "The import was refused."];
        }
        Imported = answer;
        Query = new LibraryQuery();
        Result = await index.SearchAsync(Query, Viewers.Of(User), cancellationToken);
    }
}
