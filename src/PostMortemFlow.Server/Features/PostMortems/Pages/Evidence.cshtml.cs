using Microsoft.AspNetCore.Mvc;
using PostMortemFlow.Domain.Charts;
using PostMortemFlow.Integrations.Reporting;
using PostMortemFlow.Server.Features.Reviews;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

public sealed class EvidenceModel(IPostMortemWorkflow workflow, ReviewLinks links, EvidenceFiles evidence, EvidenceCharts charts) : PostMortemPageModel(workflow, links)
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

    /// <summary>
    /// The chart of one stored range query: its series named by query and labels, the baseline threshold the collector
    /// drafted with, and the timeline's key moments marked.
    /// </summary>
    public string Chart(EvidenceFile file) =>
        EvidenceChart.Of(file.Path, file.Query, file.Series, State.PostMortem.Incident.StartedAt, charts.Baseline)
            .Svg(EvidenceChart.KeyMoments(State.PostMortem.Timeline));
}
