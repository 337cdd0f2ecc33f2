using Microsoft.AspNetCore.Mvc.RazorPages;
using PostMortemFlow.Api.Library;
using PostMortemFlow.Domain.Library;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

/// <summary>The library of post-mortems: the same search as <c>GET /api/library</c>, as a form and a list of hits.</summary>
public sealed class LibraryModel(ILibraryIndex index) : PageModel
{
    public IReadOnlyDictionary<string, string[]> Problems { get; private set; } = new Dictionary<string, string[]>();

    public LibraryResult? Result { get; private set; }

    public LibraryQuery? Query { get; private set; }

    /// <summary>What the form shows: the values as they were sent, so a bad one can be corrected in place.</summary>
    public string Value(string field) => Request.Query[field].ToString();

    public string? ProblemOf(string field) => Problems.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var parse = LibraryEndpoints.Read(Request.Query);
        Problems = parse.Problems;
        if (parse.Query is not { } query)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        Query = query;
        Result = await index.SearchAsync(query, Viewers.Of(User), cancellationToken);
    }
}
