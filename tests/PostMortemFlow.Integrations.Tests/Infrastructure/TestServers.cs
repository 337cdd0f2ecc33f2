namespace PostMortemFlow.Integrations.Tests.Infrastructure;

/// <summary>
/// The real servers test.sh starts, found through environment variables. Outside CI a missing server skips its tests;
/// with CI=true it is a failure with a clear message, so a broken install step cannot pass as "skipped".
/// </summary>
public static class TestServers
{
    public const string Prometheus = "PMF_TEST_PROMETHEUS";
    public const string Alertmanager = "PMF_TEST_ALERTMANAGER";
    public const string Azurite = "PMF_TEST_AZURITE";

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why a test needing these servers is skipped here, or null when it runs.</summary>
    public static string? SkipReason(IEnumerable<string> variables)
    {
        var missing = variables.Where(v => string.IsNullOrEmpty(Environment.GetEnvironmentVariable(v))).ToList();
        return missing.Count == 0 || InCi ? null : $"{string.Join(", ", missing)} not set: run ./test.sh to start the real servers";
    }

    public static string Require(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{variable} is not set: this test needs the real server that ./test.sh starts (see TEST-SERVERS.md); under CI that is a failure, not a skip.");
}
