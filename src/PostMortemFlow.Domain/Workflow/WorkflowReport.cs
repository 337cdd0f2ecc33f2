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

    private WorkflowReport(PostMortemState state)
    {
        Lint = PostMortemLinter.Lint(new LintContext(state.PostMortem), state.Facts());
        _markdown = new(() => MarkdownReportRenderer.Render(state.PostMortem, Lint, state.Recurrence));
        _html = new(() => HtmlReportRenderer.Render(state.PostMortem, Lint, state.Recurrence));
        Title = state.PostMortem.Title;
    }

    public static WorkflowReport Of(PostMortemState state) => new(state);

    public string Title { get; }

    public LintReport Lint { get; }

    public string Markdown => _markdown.Value;

    public string Html => _html.Value;
}
