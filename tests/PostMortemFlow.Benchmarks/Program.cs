using BenchmarkDotNet.Running;
using PostMortemFlow.Benchmarks;

if (args is ["decider", .. var rest])
{
    BenchmarkRunner.Run<DeciderBenchmarks>(DeciderBenchmarks.Config, rest);
    return 0;
}

if (args is ["insights", .. var insightsArgs])
{
    BenchmarkRunner.Run<InsightsBenchmarks>(InsightsBenchmarks.Config, insightsArgs);
    return 0;
}

if (args is ["library", .. var libraryArgs])
{
    BenchmarkRunner.Run<LibraryBenchmarks>(LibraryBenchmarks.Config, libraryArgs);
    return 0;
}

if (args is ["history", .. var historyArgs])
{
    BenchmarkRunner.Run<HistoryBenchmarks>(HistoryBenchmarks.Config, historyArgs);
    return 0;
}

if (args is ["lint", .. var lintArgs])
{
    BenchmarkRunner.Run<LintBenchmarks>(LintBenchmarks.Config, lintArgs);
    return 0;
}

if (args is ["--help" or "-h"])
{
    Console.WriteLine(LoadOptions.Usage);
    return 0;
}

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException problem)
{
    Console.Error.WriteLine(problem.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
var report = await new LoadHarness(options, Console.Out).RunAsync(cancel.Token);
Console.WriteLine();
Console.Write(report.ToTable());
var outPath = Path.GetFullPath(options.OutPath);
Directory.CreateDirectory(Path.GetDirectoryName(outPath)!);
await File.WriteAllTextAsync(outPath, report.ToJson());
Console.WriteLine($"JSON report: {options.OutPath}");
return 0;
