using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

/// <summary><c>/postmortems/{id}?step=…</c>: where review links land; opens the step page for the link's purpose, or for the phase.</summary>
public sealed class PostMortemModel(IPostMortemWorkflow workflow) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string id, string? step)
    {
        var state = await workflow.GetAsync(id, HttpContext.RequestAborted);
        if (state.Phase == Phase.None)
        {
            return NotFound();
        }
        var page = step switch
        {
            "TimelineReview" => "/Timeline",
            "AnalysisReview" => "/Analysis",
            "Approval" or "ReadReport" => "/Report",
            "Account" => "/Account",
            "Discussion" => "/Discussion",
            _ => state.Phase switch
            {
                Phase.Collecting or Phase.TimelineReview => "/Timeline",
                Phase.AnalysisReview => "/Analysis",
                Phase.Approval or Phase.Historical => "/Report",
                _ => "/FollowThrough",
            },
        };
        return RedirectToPage(page, new { id });
    }
}
