using PostMortemFlow.Domain.Reporting;

namespace PostMortemFlow.Cli;

internal static class NewCommand
{
    public static int Run(string title, DateOnly today, TextWriter stdout)
    {
        stdout.Write(MarkdownReportRenderer.Render(PostMortemSkeleton.Create(title.Trim(), today)));
        return PmfApp.Ok;
    }
}
