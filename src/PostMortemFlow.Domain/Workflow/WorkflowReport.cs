using PostMortemFlow.Domain.Linting;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Rules;

namespace PostMortemFlow.Domain.Workflow;

/// <summary>
/// A workflow's report as it stands, linted once with the workflow's facts and rendered in both formats from the same
/// findings: what the API shows, what is published and what is e-mailed are always the same report.
/// </summary>
public sealed class WorkflowReport
{
    private readonly Lazy<string> _markdown;
    private readonly Lazy<string> _html;

    private WorkflowReport(PostMortemState state, IReadOnlyList<ReportFigure> evidence)
    {
        Lint = PostMortemLinter.Lint(new LintContext(state.PostMortem, state.LintOptions(), SourceMap.Empty), state.Facts());
        // The discussion belongs to the draft: once published, the report is the post-mortem alone.
        var shown = state.PublishedAt is null ? state.PostMortem : state.PostMortem with { Comments = [] };
        _markdown = new(() => MarkdownReportRenderer.Render(shown, Lint, state.Recurrence));
        _html = new(() => HtmlReportRenderer.Render(shown, Lint, state.Recurrence, evidence));
        Title = state.PostMortem.Title;
        Figures = [.. evidence, .. ReportFigures.Of(state.PostMortem)];
    }

    public static WorkflowReport Of(PostMortemState state) => new(state, []);

    /// <summary>The report with the evidence charts that drafted its key moments (read from the artifacts by the host).</summary>
    public static WorkflowReport Of(PostMortemState state, IReadOnlyList<ReportFigure> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return new(state, evidence);
    }

    /// <summary>The diagrams the HTML shows and the Word report embeds: the evidence charts, then the fishbone.</summary>
    public IReadOnlyList<ReportFigure> Figures { get; }

    public string Title { get; }

    public LintReport Lint { get; }

    public string Markdown => _markdown.Value;

    public string Html => _html.Value;
}
