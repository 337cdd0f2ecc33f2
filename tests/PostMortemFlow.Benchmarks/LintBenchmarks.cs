using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;

namespace PostMortemFlow.Benchmarks;

/// <summary>
/// Every rule over a post-mortem of <see cref="Sentences"/> sentences (the budget is 50 ms for 2 000), written like a
/// long real report: mostly neutral prose about systems and people, some blame and some hindsight, spread over the
/// summary, the root cause, the timeline and the factors. The two language rules alone are measured beside it.
/// </summary>
[MemoryDiagnoser]
public class LintBenchmarks
{
    public static IConfig Config { get; } = DefaultConfig.Instance
        .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));

    private static readonly string[] Prose =
    [
        "The checkout-api pods restarted at {0:00}:12 UTC after the liveness probe failed three times.",
        "Prow did not respond to the retest command for twenty minutes.",
        "jennifer acknowledged the page and opened the incident channel.",
        "The on-call engineer rolled back release {0} and the error rate recovered.",
        "We did not test the migration against a production-sized copy of the orders table.",
        "In hindsight the 30 second timeout was too short for the batch export.",
        "The Sudowoodo bot failed to complete the publish phase of build {0}.",
        "Latency on the search cluster rose above 2 seconds while the cache warmed up.",
        "Marta forgot to drain node {0} before the kernel upgrade.",
        "A canary stage could have prevented the bad rollout from reaching every region.",
    ];

    [Params(2000)]
    public int Sentences { get; set; }

    private LintContext _context = null!;

    [GlobalSetup]
    public void Setup()
    {
        var sentences = Enumerable.Range(0, Sentences).Select(i => string.Format(null, Prose[i % Prose.Length], i % 24)).ToList();
        var quarter = Sentences / 4;
        string Paragraphs(IEnumerable<string> lines) => string.Join(" ", lines);
        var postMortem = new PostMortem
        {
            Title = "Checkout errors after the orders migration",
            Authors = ["marta@example.com"],
            Summary = Paragraphs(sentences.Take(quarter)),
            RootCause = Paragraphs(sentences.Skip(quarter).Take(quarter)),
            Timeline = [.. sentences.Skip(2 * quarter).Take(quarter).Select(s => new TimelineEntry { Event = s, Actor = "System" })],
            Analysis = new Analysis
            {
                Factors = [.. sentences.Skip(3 * quarter).Chunk(5).Select(whys => new ContributingFactor
                {
                    Description = whys[0],
                    Whys = [.. whys.Skip(1)],
                })],
            },
        };
        _context = new LintContext(postMortem);
        if (!PostMortemLinter.Findings(_context).Any(f => f.Rule == RuleIds.HindsightLanguage))
        {
            throw new InvalidOperationException("the generated post-mortem should have hindsight findings");
        }
    }

    [Benchmark(Baseline = true)]
    public int AllRules() => PostMortemLinter.Findings(_context).Count;

    [Benchmark]
    public int BlameOnly() => new BlamelessLanguageRule().Check(_context).Count();

    [Benchmark]
    public int HindsightOnly() => new HindsightLanguageRule().Check(_context).Count();
}
