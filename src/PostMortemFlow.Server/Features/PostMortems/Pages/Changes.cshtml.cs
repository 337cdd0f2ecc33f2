using Microsoft.AspNetCore.Mvc;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Server.Features.Reviews;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

/// <summary>The history of changes: every accepted edit with its diff, any kept version shown, and restored as an edit.</summary>
public sealed class ChangesModel(IPostMortemWorkflow workflow, ReviewLinks links) : PostMortemPageModel(workflow, links)
{
    public override string Step => "Changes";

    /// <summary>The version asked to be shown, from <c>?version=</c>.</summary>
    [BindProperty(SupportsGet = true, Name = "version")]
    public long? ShownVersion { get; set; }

    /// <summary>The post-mortem at <see cref="ShownVersion"/>; null when none is asked for or it is no longer kept.</summary>
    public PostMortem? Shown { get; private set; }

    public bool CanRestore => State.Phase is Phase.TimelineReview or Phase.AnalysisReview;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }
        Shown = ShownVersion is { } version ? PostMortemHistory.At(State, version) : null;
        if (ShownVersion is not null && Shown is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(long restore, RestoredPart part) =>
        await SendAsync(new RestoreVersion(restore, part, Actor), $"The {part.ToString().ToLowerInvariant()} of version {restore} is restored, as a new version.", "history");
}
