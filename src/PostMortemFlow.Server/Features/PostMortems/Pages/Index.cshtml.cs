using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PostMortemFlow.Application.People;
using PostMortemFlow.Application.PostMortems;
using PostMortemFlow.Integrations.Settings;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

public sealed class IndexModel(IPostMortemCatalog catalog, IPostMortemWorkflow workflow, IOptions<EvidenceOptions> evidence, TimeProvider clock) : PageModel
{
    /// <summary>Maps the API's field names to the form's, so each message sits under its field.</summary>
    private static readonly Dictionary<string, string> Fields = new()
    {
        ["title"] = nameof(DeclareForm.Title), ["severity"] = nameof(DeclareForm.Severity), ["services"] = nameof(DeclareForm.Services),
        ["startedAt"] = nameof(DeclareForm.StartedAt), ["endedAt"] = nameof(DeclareForm.EndedAt), ["authors"] = nameof(DeclareForm.Authors),
        ["reviewers"] = nameof(DeclareForm.Reviewers), ["restriction.people"] = nameof(DeclareForm.RestrictedPeople),
        ["restriction.groups"] = nameof(DeclareForm.RestrictedGroups),
    };

    [BindProperty]
    public DeclareForm Form { get; set; } = new();

    public IReadOnlyList<PostMortemSummary> PostMortems { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var (request, problems) = Form.ToRequest();
        foreach (var (field, reasons) in problems)
        {
            ModelState.AddModelError($"{nameof(Form)}.{Fields.GetValueOrDefault(field, field)}", string.Join(" ", reasons));
        }
        if (problems.Count > 0)
        {
            await LoadAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var (id, result) = await PostMortemDeclaration.DeclareAsync(workflow, evidence.Value.SourcesToCollect, request, null, cancellationToken);
        if (result.Rejection is { } rejection)
        {
            ModelState.AddModelError("", rejection.Message);
            await LoadAsync(cancellationToken);
            return Page();
        }
        return RedirectToPage("/Timeline", new { id });
    }

    public bool IsLate(PostMortemSummary summary) => summary.NextDeadline < Now;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        PostMortems = await catalog.ListAsync(Viewers.Of(User), cancellationToken);
    }
}
