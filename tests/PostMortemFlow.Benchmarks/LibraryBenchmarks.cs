using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Library;
using PostMortemFlow.Server.Features.Library;
using PostMortemFlow.Server.Persistence.Sqlite;

namespace PostMortemFlow.Benchmarks;

/// <summary>
/// Searches of the library over <see cref="PostMortems"/> generated post-mortems in the embedded mode's index: the FTS5
/// tables in a SQLite file (WAL, <c>synchronous=FULL</c>), through <see cref="SqliteLibraryIndex"/> as the server calls it.
/// Each iteration is one search, so the P95 column is the 95th percentile of single searches; no measurement is dropped
/// as an outlier, since the slow ones are what a percentile is about.
/// </summary>
public class LibraryBenchmarks
{
    public static IConfig Config { get; } = DefaultConfig.Instance
        .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
            .WithInvocationCount(1).WithUnrollFactor(1).WithWarmupCount(10).WithIterationCount(200)
            .WithOutlierMode(Perfolizer.Mathematics.OutlierDetection.OutlierMode.DontRemove))
        .AddColumn(StatisticColumn.P95)
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);

    private static readonly Viewer Restricted = Viewer.SignedIn(["author7@example.com", "Author Seven"], ["g-security", "g-sre"]);

    [Params(5000)]
    public int PostMortems { get; set; }

    private string _folder = "";
    private SqliteDatabase _database = null!;
    private SqliteLibraryIndex _index = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("pmf-library-bench-").FullName;
        _database = new SqliteDatabase(new SqliteStorageOptions { DatabasePath = Path.Combine(_folder, "postmortemflow.db") });
        _index = new SqliteLibraryIndex(_database);
        foreach (var entry in LibraryCorpus.Generate(PostMortems))
        {
            _index.UpsertAsync(entry).GetAwaiter().GetResult();
        }
        var all = _index.SearchAsync(Query(("limit", "1")), Viewer.Local).GetAwaiter().GetResult();
        if (all.Total != PostMortems)
        {
            throw new InvalidOperationException($"the index holds {all.Total} post-mortems, not {PostMortems}");
        }
        foreach (var (name, query, viewer) in new[] { ("words", CommonWords, Viewer.Local), ("phrase", Phrase, Viewer.Local), ("filters", WordsWithFilters, Viewer.Local),
            ("newest first", FiltersOnly, Viewer.Local), ("broad word", BroadWord, Viewer.Local),
            ("signed in", CommonWords, Restricted), ("signed in, broad word", BroadWord, Restricted) })
        {
            var total = _index.SearchAsync(query, viewer).GetAwaiter().GetResult().Total;
            Console.WriteLine($"// library query '{name}': {total} of {PostMortems} post-mortems match");
            if (total == 0)
            {
                throw new InvalidOperationException($"the '{name}' query finds nothing in the generated library");
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static LibraryQuery Query(params (string Field, string Value)[] values) =>
        LibraryQuery.Parse(f => values.Where(v => v.Field == f).Select(v => v.Value).FirstOrDefault()).Query
        ?? throw new InvalidOperationException("a benchmark query must be valid");

    private static readonly LibraryQuery CommonWords = Query(("q", "connection pool timeouts"));
    private static readonly LibraryQuery Phrase = Query(("q", "\"expired certificate\""));
    private static readonly LibraryQuery WordsWithFilters = Query(("q", "circuit breaker provider"), ("service", "payments"), ("severity", "Sev2"),
        ("category", "Dependency"), ("from", "2023-01-01"), ("to", "2024-12-31"));
    private static readonly LibraryQuery FiltersOnly = Query(("service", "orders-api"), ("nearMiss", "false"), ("limit", "50"));
    private static readonly LibraryQuery BroadWord = Query(("q", "alert"));

    [Benchmark]
    public int Words() => Run(CommonWords, Viewer.Local);

    /// <summary>A word in about half the post-mortems: bm25 ranks every match to answer the best 20.</summary>
    [Benchmark]
    public int OneBroadWord() => Run(BroadWord, Viewer.Local);

    [Benchmark]
    public int QuotedPhrase() => Run(Phrase, Viewer.Local);

    [Benchmark]
    public int WithFilters() => Run(WordsWithFilters, Viewer.Local);

    [Benchmark]
    public int NewestFirstFiltered() => Run(FiltersOnly, Viewer.Local);

    [Benchmark]
    public int SignedInWords() => Run(CommonWords, Restricted);

    [Benchmark]
    public int SignedInBroadWord() => Run(BroadWord, Restricted);

    private int Run(LibraryQuery query, Viewer viewer) => _index.SearchAsync(query, viewer).GetAwaiter().GetResult().Total;
}
