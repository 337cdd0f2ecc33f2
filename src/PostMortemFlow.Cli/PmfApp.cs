namespace PostMortemFlow.Cli;

/// <summary>The <c>pmf</c> command line, callable in-process so tests see exit codes and output.</summary>
public static class PmfApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("usage: pmf lint|render|new");
        return 2;
    }
}
