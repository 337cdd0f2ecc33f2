namespace PostMortemFlow.Server.Tests.TestData;

/// <summary>
/// A test on a real server: the one <c>./test.sh</c> starts (its address in <see cref="Variable"/>) or one the test starts
/// itself from <see cref="Binary"/> on the PATH. Missing, the test is skipped on a developer machine and fails in CI
/// (<c>CI=true</c>), so a broken install step cannot pass as "skipped".
/// </summary>
public sealed class RealServerFactAttribute : FactAttribute
{
    private string? _skip;

    /// <summary>The environment variable that holds the server's address or connection string.</summary>
    public string? Variable { get; set; }

    /// <summary>The program the test starts.</summary>
    public string? Binary { get; set; }

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public override string? Skip
    {
        get => _skip ?? (InCi ? null : Missing(Variable, Binary));
        set => _skip = value;
    }

    /// <summary>The program's full path from the PATH, or null.</summary>
    public static string? FindOnPath(string binary) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, binary))
            .FirstOrDefault(File.Exists);

    /// <summary>The value of <paramref name="variable"/>; in CI a missing one fails the test with a clear message.</summary>
    public static string Require(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{variable} is not set: this test needs the real server that ./test.sh starts.");

    private static string? Missing(string? variable, string? binary)
    {
        if (variable is not null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable)))
        {
            return $"{variable} is not set: run ./test.sh (or start the server and set it) to run this test.";
        }
        return binary is not null && FindOnPath(binary) is null ? $"{binary} is not installed (./test.sh installs it)." : null;
    }
}
