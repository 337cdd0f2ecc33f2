using Microsoft.AspNetCore.Mvc;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Server.Features.Reviews;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

public sealed class ReportModel(IPostMortemWorkflow workflow, ReviewLinks links) : PostMortemPageModel(workflow, links)
{
    public override string Step => "Report";

    public int ErrorCount => View.Findings.Count(f => f.Severity == FindingSeverity.Error);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    /// <summary>The comment threads still open, which the approval settles only when the approver confirms it.</summary>
    public IReadOnlyList<Comment> OpenComments => [.. State.PostMortem.Comments.Where(c => c.IsOpen)];

    public async Task<IActionResult> OnPostApproveAsync(bool resolveOpenComments) =>
        await SendAsync(new ApproveReport(Actor) { ResolveOpenComments = resolveOpenComments }, "Report approved — it is being published.");

    public async Task<IActionResult> OnPostRequestChangesAsync(string? reason) =>
        await SendAsync(new RequestChanges(Actor, reason ?? ""), "Changes requested — sent back to the analysis review.");
}
