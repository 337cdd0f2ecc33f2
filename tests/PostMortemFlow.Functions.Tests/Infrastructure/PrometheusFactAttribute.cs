namespace PostMortemFlow.Functions.Tests.Infrastructure;

/// <summary>
/// A test against the real Prometheus ./test.sh starts (<c>PMF_TEST_PROMETHEUS</c>, holding the backfilled incident):
/// skipped on a developer machine without it, failing in CI (CI=true), where it must run.
/// </summary>
public sealed class PrometheusFactAttribute : FactAttribute
{
    public const string Variable = "PMF_TEST_PROMETHEUS";

    public PrometheusFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable))
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"{Variable} is not set; ./test.sh starts Prometheus with the backfilled incident.";
        }
    }

    public static string Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } url
        ? url.TrimEnd('/') + "/"
        : throw new InvalidOperationException($"{Variable} is not set: this test needs the real Prometheus that ./test.sh starts.");
}
