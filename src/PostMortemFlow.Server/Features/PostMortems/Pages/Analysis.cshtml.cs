using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PostMortemFlow.Application.People;
using PostMortemFlow.Domain.Checklist;
using PostMortemFlow.Domain.Drafting;
using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Insights;
using PostMortemFlow.Domain.Linting;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules.Language;
using PostMortemFlow.Domain.Rules;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Settings;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

public sealed class AnalysisModel(IPostMortemWorkflow workflow, ReviewLinks links, IPostMortemCatalog catalog, IOptions<WorkflowOptions> options)
    : PostMortemPageModel(workflow, links)
{
    /// <summary>Whether a model is configured for drafting suggestions.</summary>
    public bool SuggestionsEnabled => options.Value.Drafting.SuggestionsEnabled;

    /// <summary>Where a suggestion's citation points: a timeline row (<c>T3</c>, in time order) or the computed impact (<c>I1</c>).</summary>
    public string? CiteTarget(string cite) => cite.StartsWith('I')
        ? "computed-impact"
        : DraftingPrompt.RowIndexOf(State.PostMortem, cite) is { } row ? $"row-{row}" : null;

    /// <summary>The evidence page's anchor of the file a cite rests on (its chart, or its stored file); null when it names none.</summary>
    public string? CiteEvidence(string cite) =>
        ArtifactKey.FromReference(Id, DraftingPrompt.EvidenceOf(State.PostMortem, State.ComputedImpacts, cite)) is { } file ? EvidenceFile.AnchorOf(file.RelativePath) : null;

    public override string Step => "Analysis";

    [BindProperty]
    public AnalysisForm Form { get; set; } = new();

    public IReadOnlyList<PlacedFinding> Findings { get; private set; } = [];

    public IReadOnlyList<ChecklistItem> Checklist { get; private set; } = [];

    public int ErrorCount => Findings.Count(f => f.Finding.Severity == FindingSeverity.Error);

    public IEnumerable<PlacedFinding> At(string path) => Findings.Where(f => f.InputId == AnalysisForm.InputId(path));

    /// <summary>Findings with no input of the form; those on a person's account are shown with the account instead.</summary>
    public IEnumerable<PlacedFinding> Unplaced => Findings.Where(f => f.InputId is null && !OnAnAccount(f.Finding));

    private static bool OnAnAccount(Finding finding) => finding.Field?.StartsWith(PostMortemProse.AccountsPrefix, StringComparison.Ordinal) == true;

    /// <summary>The findings on one answer of one account: warnings for the reviewers to discuss, never blocking.</summary>
    public IEnumerable<Finding> AccountFindings(int account, int answer) =>
        Findings.Select(f => f.Finding).Where(f => f.Field == PostMortemProse.AccountField(account, answer));

    /// <summary>Per factor of the form, the factors of other post-mortems that say the same thing.</summary>
    public IReadOnlyList<IReadOnlyList<FactorMatch>> AlsoFound { get; private set; } = [];

    public IReadOnlyList<FactorMatch> AlsoFoundFor(int factor) => factor < AlsoFound.Count ? AlsoFound[factor] : [];

    public async Task<IActionResult> OnGetAsync(int? addWhy)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }
        Form = AnalysisForm.From(State.PostMortem, addWhy);
        Lint(Form);
        await FindRecurringAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int? addWhy)
    {
        if (await SaveAsync() is { } refused)
        {
            return refused;
        }
        Flash = addWhy is null ? "Analysis saved." : "Analysis saved — write the next why.";
        return RedirectToPage(null, null, new { id = Id, addWhy }, addWhy is { } factor ? $"factor-{factor}" : null);
    }

    public async Task<IActionResult> OnPostApproveAsync()
    {
        if (await SaveAsync() is { } refused)
        {
            return refused;
        }
        return ShowOnRefusal(await SendAsync(new ApproveAnalysis(Actor), "Analysis approved — the report is ready for approval."));
    }

    /// <summary>
    /// "Use these numbers": the computed impact goes into the form as typed, and is saved as this person's edit; their
    /// other unsaved changes are saved with it, never lost.
    /// </summary>
    public async Task<IActionResult> OnPostUseImpactAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }
        Form.UseImpact(ImpactProposal.Apply(Form.ToDraft().Draft.Impact, State.ComputedImpacts));
        if (await SaveAsync() is { } refused)
        {
            return refused;
        }
        Flash = "The computed impact is in the Impact section, with the source of every number.";
        return RedirectToPage(null, null, new { id = Id }, "computed-impact");
    }

    /// <summary>Asks for drafting suggestions; what the reviewer typed is saved first, as with every button of the form.</summary>
    public async Task<IActionResult> OnPostSuggestAsync()
    {
        if (await SaveAsync() is { } refused)
        {
            return refused;
        }
        return ShowOnRefusal(await SendAsync(new RequestSuggestions(Actor), "Asked for suggestions: they appear below when the model answers; reload to see them.", "suggestions"));
    }

    /// <summary>Takes a suggestion into the analysis: an ordinary edit by this person, recorded as from a suggestion.</summary>
    public Task<IActionResult> OnPostTakeSuggestionAsync(string suggestionId) => DecideAsync(suggestionId, accept: true);

    public Task<IActionResult> OnPostDismissSuggestionAsync(string suggestionId) => DecideAsync(suggestionId, accept: false);

    private async Task<IActionResult> DecideAsync(string suggestionId, bool accept)
    {
        if (await SaveAsync() is { } refused)
        {
            return refused;
        }
        return ShowOnRefusal(await SendAsync(new DecideSuggestion(suggestionId, accept, Actor),
            accept ? $"Suggestion {suggestionId} is in the analysis, as your edit." : $"Suggestion {suggestionId} dismissed.", "suggestions"));
    }

    public async Task<IActionResult> OnPostRequestChangesAsync(string? reason) =>
        ShowOnRefusal(await SendAsync(new RequestChanges(Actor, reason ?? ""), "Sent back to the timeline review."));

    /// <summary>Live lint: the form as typed, checked by the method's rules, with each finding placed on its input.</summary>
    public async Task<IActionResult> OnPostLintAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }
        Lint(Form);
        return new JsonResult(new
        {
            errors = ErrorCount,
            findings = Findings.Where(f => !OnAnAccount(f.Finding)).Select(f => new
            {
                rule = f.Finding.Rule, severity = f.Finding.Severity.ToString(), message = f.Finding.Message,
                suggestion = f.Finding.Suggestion, excerpt = f.Finding.Excerpt, input = f.InputId, rewrite = f.Rewrite,
            }),
            checklist = Checklist.Select(c => new { number = c.Number, title = c.Title, status = c.Status.ToString(), reason = c.Reason }),
        });
    }

    private async Task<IActionResult?> SaveAsync()
    {
        var (draft, _, problems) = Form.ToDraft();
        if (problems.Count > 0)
        {
            foreach (var (field, problem) in problems)
            {
                ModelState.AddModelError(field, problem);
            }
            await LoadAsync();
            Lint(Form);
            await FindRecurringAsync();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var result = await SendAsync(new EditAnalysis(draft, Actor), "Analysis saved.");
        return result is PageResult ? ShowOnRefusal(result) : null;
    }

    /// <summary>A refused command shows the page again with the form as the reviewer typed it.</summary>
    private IActionResult ShowOnRefusal(IActionResult result)
    {
        if (result is PageResult)
        {
            Lint(Form);
        }
        return result;
    }

    private async Task FindRecurringAsync()
    {
        var facts = await catalog.FactsAsync(Viewers.Of(User), HttpContext.RequestAborted);
        AlsoFound = [.. Form.Factors.Select(f => RecurringFactors.MatchesFor(f.Category, f.Description ?? "", Id, facts))];
    }

    private void Lint(AnalysisForm form)
    {
        var (draft, inputs, _) = form.ToDraft();
        var preview = AnalysisDraft.Apply(State.PostMortem, draft);
        var report = PostMortemLinter.Lint(new LintContext(preview, State.LintOptions(), SourceMap.Empty), State.Facts());
        Findings = PlacedFinding.Place(report.Findings, inputs, form.TextsById());
        Checklist = report.Checklist;
    }
}
