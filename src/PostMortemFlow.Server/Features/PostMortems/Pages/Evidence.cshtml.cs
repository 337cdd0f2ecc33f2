using Microsoft.AspNetCore.Mvc;
using PostMortemFlow.Domain.Charts;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Server.Features.Reviews;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

public sealed class EvidenceModel(IGrainFactory grains, ReviewLinks links, EvidenceFiles evidence) : PostMortemPageModel(grains, links)
{
    public override string Step => "Evidence";

    public IReadOnlyList<EvidenceFile> Files { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }
        Files = evidence.List(Id);
        return Page();
    }

    /// <summary>The chart of one stored range query, with the timeline's key moments marked.</summary>
    public string Chart(EvidenceFile file) =>
        SvgChart.Render(file.Path, file.Series, [.. State.PostMortem.Timeline
            .Where(e => e.Kind != TimelineEntryKind.Event)
            .Select(e => new ChartMarker(e.Time, e.Kind.ToString()))]);
}
