using PostMortemFlow.Domain.Checklist;
using PostMortemFlow.Domain.Linting;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Rules;

namespace PostMortemFlow.Cli;

internal static class RenderCommand
{
    public static int Run(string path, string? htmlPath, string? mdPath, TextWriter stderr)
    {
        if (htmlPath is null && mdPath is null)
        {
            stderr.WriteLine("pmf render: give --html OUT.html and/or --md OUT.md");
            return PmfApp.BadUsage;
        }
        if (DocumentLoader.Load(path, stderr) is not { Document: var doc })
        {
            return PmfApp.BadUsage;
        }
        foreach (var problem in doc.Problems)
        {
            stderr.WriteLine($"{path}:{problem.Line}: warning parse: {problem.Message}");
        }
        foreach (var note in doc.Notes)
        {
            stderr.WriteLine(LintCommand.NoteLine(path, note));
        }
        var report = PostMortemLinter.Lint(new LintContext(doc.PostMortem, LintOptions.Default, doc.SourceMap), WorkflowFacts.None);
        try
        {
            if (mdPath is not null)
            {
                File.WriteAllText(mdPath, MarkdownReportRenderer.Render(doc.PostMortem));
            }
            if (htmlPath is not null)
            {
                File.WriteAllText(htmlPath, HtmlReportRenderer.Render(doc.PostMortem, report));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"pmf: cannot write: {e.Message}");
            return PmfApp.BadUsage;
        }
        return PmfApp.Ok;
    }
}
