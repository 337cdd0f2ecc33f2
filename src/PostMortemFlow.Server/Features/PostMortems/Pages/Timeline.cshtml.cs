using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Drafting;
using PostMortemFlow.Domain.Metrics;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Integrations.Settings;
using PostMortemFlow.Server.Features.Reviews;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

public sealed class TimelineModel(IPostMortemWorkflow workflow, ReviewLinks links, IOptions<WorkflowOptions> options) : PostMortemPageModel(workflow, links)
{
    public override string Step => "Timeline";

    /// <summary>The questions for the people of the timeline, as they were (or will be) sent.</summary>
    public IReadOnlyList<ResponderBrief> Briefs => ResponderQuestions.For(State.PostMortem, options.Value.Drafting, State.PeopleFound);

    public bool HasAccount(ResponderBrief brief) => State.PostMortem.Accounts.Any(a => string.Equals(a.Actor, brief.Actor, StringComparison.OrdinalIgnoreCase));

    [BindProperty]
    public List<TimelineRowForm> Rows { get; set; } = [];

    [BindProperty]
    public TimelineRowForm NewRow { get; set; } = new() { Source = "manual", Actor = "System" };

    public IncidentMetrics Metrics => View.Metrics;

    public IEnumerable<Finding> FindingsOf(int row) =>
        View.Findings.Where(f => f.Field is { } field && (field == $"timeline[{row}]" || field.StartsWith($"timeline[{row}].", StringComparison.Ordinal)));

    /// <summary>Timeline findings that belong to no one row: a gap to the end, a missing key moment.</summary>
    public IEnumerable<Finding> TimelineFindings =>
        View.Findings.Where(f => f.Rule.StartsWith("timeline-", StringComparison.Ordinal) && (f.Field is null || !f.Field.StartsWith("timeline[", StringComparison.Ordinal)));

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }
        Rows = [.. State.PostMortem.Timeline.Select(TimelineRowForm.From)];
        return Page();
    }

    /// <summary>Saves every row as edited; the "delete" button of a row saves all the others.</summary>
    public async Task<IActionResult> OnPostSaveAsync(int? delete)
    {
        var entries = new List<TimelineEntry>();
        for (var i = 0; i < Rows.Count; i++)
        {
            if (i == delete)
            {
                continue;
            }
            if (Rows[i].ToEntry(out var problem) is { } entry)
            {
                entries.Add(entry);
            }
            else
            {
                ModelState.AddModelError($"Rows[{i}].Time", problem!);
            }
        }
        if (!ModelState.IsValid)
        {
            return await InvalidAsync();
        }
        var message = delete is null ? "Timeline saved." : "Row deleted.";
        return await SendAsync(new EditTimeline([.. entries.OrderBy(e => e.Time)], Actor), message, "timeline");
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        ModelState.Clear();
        if (!await LoadAsync())
        {
            return NotFound();
        }
        var entry = NewRow.ToEntry(out var problem);
        if (entry is null)
        {
            ModelState.AddModelError("NewRow.Time", problem!);
        }
        if (string.IsNullOrWhiteSpace(NewRow.Event))
        {
            ModelState.AddModelError("NewRow.Event", "Say what happened.");
        }
        if (entry is null || !ModelState.IsValid)
        {
            Rows = [.. State.PostMortem.Timeline.Select(TimelineRowForm.From)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var entries = State.PostMortem.Timeline.Add(entry).OrderBy(e => e.Time);
        return await SendAsync(new EditTimeline([.. entries], Actor), "Row added.", "timeline");
    }

    public async Task<IActionResult> OnPostApproveAsync() =>
        await SendAsync(new ApproveTimeline(Actor), "Timeline approved — the analysis review is next.");

    public override void OnPageHandlerExecuted(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutedContext context)
    {
        // A refused or invalid post shows the page again with the rows as stored.
        if (View is not null && Rows.Count == 0 && State.PostMortem.Timeline.Count > 0 && Request.Method == "POST")
        {
            Rows = [.. State.PostMortem.Timeline.Select(TimelineRowForm.From)];
        }
        base.OnPageHandlerExecuted(context);
    }
}
