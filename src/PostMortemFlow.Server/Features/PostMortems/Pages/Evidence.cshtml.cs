using Microsoft.AspNetCore.Mvc;
using PostMortemFlow.Domain.Charts;
using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Server.Features.Reviews;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

public sealed class EvidenceModel(IPostMortemWorkflow workflow, ReviewLinks links, EvidenceFiles evidence) : PostMortemPageModel(workflow, links)
{
    public override string Step => "Evidence";

    public IReadOnlyList<EvidenceFile> Files { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }
        Files = await evidence.ListAsync(Id, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>The chart of one stored range query, with the timeline's key moments marked.</summary>
    public string Chart(EvidenceFile file) =>
        SvgChart.Render(file.Path, file.Series, [.. State.PostMortem.Timeline
            .Where(e => e.Kind != TimelineEntryKind.Event)
            .Select(e => new ChartMarker(e.Time, Words.Of(e.Kind)))]);
}
