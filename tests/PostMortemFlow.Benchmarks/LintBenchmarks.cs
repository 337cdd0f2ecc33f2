using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PostMortemFlow.Domain.Linting;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Rules;

namespace PostMortemFlow.Benchmarks;

/// <summary>
/// Every rule over a post-mortem of <see cref="Sentences"/> sentences (the budget is 50 ms for 2 000), written like a
/// long real report: mostly neutral prose about systems and people, some blame and some hindsight, spread over the
/// summary, the root cause, the timeline and the factors. The two language rules and the others are measured beside it.
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

    // Each call lints a fresh copy: the language rules keep what they read beside the instance they read it from.
    private LintContext Fresh() => _context with { PostMortem = _context.PostMortem with { } };

    [Benchmark(Baseline = true)]
    public int AllRules() => PostMortemLinter.Findings(Fresh()).Count;

    [Benchmark]
    public int LanguageRules()
    {
        var context = Fresh();
        return new BlamelessLanguageRule().Check(context).Count() + new HindsightLanguageRule().Check(context).Count();
    }

    [Benchmark]
    public int OtherRules()
    {
        var context = Fresh();
        return PostMortemLinter.AllRules
            .Where(r => r.Id is not (RuleIds.BlamelessLanguage or RuleIds.HindsightLanguage))
            .Sum(r => r.Check(context).Count());
    }
}
