namespace PostMortemFlow.Server.Tests.Ui;

/// <summary>
/// A browser test against the real Prometheus ./test.sh starts (<c>PMF_TEST_PROMETHEUS</c>, holding the backfilled
/// incident): skipped on a developer machine without either, failing in CI (CI=true), where both must run.
/// </summary>
public sealed class PrometheusBrowserFactAttribute : FactAttribute
{
    public const string Variable = "PMF_TEST_PROMETHEUS";

    public PrometheusBrowserFactAttribute()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        if (!File.Exists(UiServer.Chromium))
        {
            Skip = $"Chromium is not installed at {UiServer.Chromium}; ./test.sh installs it.";
        }
        else if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"{Variable} is not set; ./test.sh starts Prometheus with the backfilled incident.";
        }
    }

    public static string Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } url
        ? url.TrimEnd('/') + "/"
        : throw new InvalidOperationException($"{Variable} is not set: this test needs the real Prometheus that ./test.sh starts.");
}
