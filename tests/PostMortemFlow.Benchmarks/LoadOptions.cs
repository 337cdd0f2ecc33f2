using System.Globalization;

namespace PostMortemFlow.Benchmarks;

/// <summary>The load run's command-line options.</summary>
public sealed record LoadOptions
{
    public int Workflows { get; init; } = 10_000;
    public int Commands { get; init; } = 20_000;
    public int Concurrency { get; init; } = 64;
    public int Seed { get; init; } = 42;

    /// <summary>Runs the Server's local effect executors (.eml files, reports, tickets) when true; no-ops when false.</summary>
    public bool LocalEffects { get; init; } = true;

    /// <summary>Where the JSON report goes; by default under the git-ignored BenchmarkDotNet.Artifacts folder.</summary>
    public string? Out { get; init; }

    /// <summary>The data folder (SQLite file, outbox); a fresh temporary folder, deleted afterwards, when not given.</summary>
    public string? DataPath { get; init; }

    public string OutPath => Out ?? Path.Combine("BenchmarkDotNet.Artifacts", string.Create(CultureInfo.InvariantCulture, $"load-{Workflows}.json"));

    public const string Usage = """
        PostMortemFlow load benchmark: one embedded silo, N open post-mortems, then M timed commands.

          --workflows N     post-mortems to declare (default 10000)
          --commands M      commands to time after the declarations (default 20000)
          --concurrency C   calls in flight at once (default 64)
          --seed S          seed of the command mix (default 42)
          --effects local|none   run the Server's local effect executors or no-ops (default local)
          --data DIR        keep the data folder here instead of a deleted temporary one
          --out FILE        JSON report (default BenchmarkDotNet.Artifacts/load-N.json)

        'decider [BenchmarkDotNet args]' runs the micro-benchmarks of PostMortemDecider.Decide instead.
        'insights [BenchmarkDotNet args]' runs the insights across 200 post-mortems (compute, draw, one factor query) instead.
        """;

    /// <exception cref="ArgumentException">An option is unknown or its value is not valid.</exception>
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--workflows" => options with { Workflows = Positive(name, Value()) },
                "--commands" => options with { Commands = Positive(name, Value()) },
                "--concurrency" => options with { Concurrency = Positive(name, Value()) },
                "--seed" => options with { Seed = Positive(name, Value()) },
                "--effects" => options with { LocalEffects = Value() switch
                {
                    "local" => true,
                    "none" => false,
                    var other => throw new ArgumentException($"--effects must be local or none, not '{other}'."),
                } },
                "--data" => options with { DataPath = Value() },
                "--out" => options with { Out = Value() },
                _ => throw new ArgumentException($"Unknown option '{name}'."),
            };
        }
        return options;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{name} must be a positive whole number, not '{value}'.");
}
