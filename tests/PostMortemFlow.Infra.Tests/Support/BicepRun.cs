namespace PostMortemFlow.Infra.Tests.Support;

/// <summary>One finished run of the Bicep CLI.</summary>
public sealed record BicepRun(string Command, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Everything the CLI printed: errors, warnings and infos all land on standard error.</summary>
    public string Report => $"bicep {Command} exited {ExitCode}\n{StandardOutput}{StandardError}";
}
