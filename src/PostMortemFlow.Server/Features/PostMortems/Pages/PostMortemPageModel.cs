using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using PostMortemFlow.Application.People;
using PostMortemFlow.Application.PostMortems;
using PostMortemFlow.Domain.Reviews;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Server.Features.Reviews;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

/// <summary>What every step page of one post-mortem shares: loading the state, the reviewer's link, sending a command.</summary>
public abstract class PostMortemPageModel(IPostMortemWorkflow workflow, ReviewLinks links) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public PostMortemState State { get; private set; } = new();

    public PostMortemView View { get; private set; } = null!;

    /// <summary>The decider's refusal of the last command, shown where the command was made.</summary>
    public Rejection? Rejection { get; private set; }

    /// <summary>The signed review link this browser arrived with, if it is for this post-mortem.</summary>
    public ReviewLink? ReviewLink { get; private set; }

    [TempData]
    public string? Flash { get; set; }

    /// <summary>
    /// The version an edit form was shown at: the edit is applied only onto it, so a save over someone else's newer
    /// change is refused (and the form keeps what was typed) instead of overwriting it.
    /// </summary>
    [BindProperty]
    public long? ExpectedVersion { get; set; }

    /// <summary>
    /// After a conflict, the version the person first saw, so "apply my changes on top" merges what they changed since
    /// then into the current version rather than overwriting it.
    /// </summary>
    [BindProperty]
    public long? SeenVersion { get; set; }

    /// <summary>The person asks their changes be merged onto the others' (rows and fields), not saved as shown.</summary>
    [BindProperty]
    public bool Merge { get; set; }

    /// <summary>The last edit was refused because someone else changed the post-mortem after this page was shown.</summary>
    public bool Conflict => Rejection?.Kind == RejectionKind.StaleVersion;

    /// <summary>What others changed after the version this page's form was shown at.</summary>
    public IReadOnlyList<PostMortemFlow.Domain.History.RecordedChange> ChangedSinceShown =>
        MergeBase is { } shown ? PostMortemHistory.Since(State, shown) : [];

    /// <summary>The version to merge from when the person asks to apply their changes on top: the one they first saw.</summary>
    public long? MergeBase => Merge ? SeenVersion : ExpectedVersion;

    public abstract string Step { get; }

    public string Actor => Actors.NameOf(User);

    protected async Task<bool> LoadAsync()
    {
        State = await workflow.GetAsync(Id, HttpContext.RequestAborted);
        if (State.Phase == Phase.None)
        {
            return false;
        }
        View = PostMortemView.From(State);
        if (Request.Cookies.TryGetValue(ReviewEndpoints.ReviewCookie, out var token) && links.Read(token) is (ReviewLinkVerdict.Valid, { } link)
            && link.PostMortemId == Id)
        {
            ReviewLink = link;
        }
        return true;
    }

    /// <summary>Sends a command; on success redirects (POST-redirect-GET) with a flash, on refusal shows the page with the reason.</summary>
    protected async Task<IActionResult> SendAsync(PostMortemCommand command, string done, string? fragment = null)
    {
        if (Merge && SeenVersion is { } seen)
        {
            command = new Guarded(command, seen) { MergeRows = true };
        }
        else if (ExpectedVersion is { } version)
        {
            command = new Guarded(command, version);
        }
        var result = await workflow.ExecuteAsync(Id, command, HttpContext.RequestAborted);
        if (result.Rejection is { Kind: RejectionKind.NotFound })
        {
            return NotFound();
        }
        if (result.Rejection is { } rejection)
        {
            Rejection = rejection;
            await LoadAsync();
            Response.StatusCode = RejectionStatus.Of(rejection.Kind);
            return Page();
        }
        // A handler that saves and then approves sends its second command onto the version its own save made.
        ExpectedVersion = ExpectedVersion is null ? null : result.State.Version;
        Flash = done;
        return RedirectToPage(null, null, new { id = Id }, fragment);
    }

    /// <summary>
    /// The visibility form every step page's header carries: restrict to its people and the named ones, or open to everyone.
    /// A restriction the decider refuses (too many names, one too long) is shown as any refused command is.
    /// </summary>
    public async Task<IActionResult> OnPostVisibilityAsync(bool restricted, string? people, string? groups)
    {
        var request = new VisibilityRequest { Restricted = restricted, People = DeclareForm.List(people), Groups = DeclareForm.List(groups) };
        return await SendAsync(new ChangeVisibility(request.ToRestriction(), Actor),
            restricted ? "Restricted: only its people see it." : "Visible to everyone.", "visibility");
    }

    protected async Task<IActionResult> InvalidAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
