using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PostMortemFlow.Api.PostMortems;
using PostMortemFlow.Application.PostMortems;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Benchmarks;

/// <summary>
/// A post-mortem after 1 000 edits (its history bounded to the last 200) against a fresh one: loading its view, deciding
/// one more edit, and rebuilding the oldest version the history keeps.
/// </summary>
[MemoryDiagnoser]
public class HistoryBenchmarks
{
    public static IConfig Config { get; } = DefaultConfig.Instance
        .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));

    private static readonly DateTimeOffset Now = new(2025, 2, 9, 11, 0, 0, TimeSpan.Zero);

    private PostMortemState _fresh = new();
    private PostMortemState _edited = new();
    private EditTimeline _oneMore = new([], "");

    [GlobalSetup]
    public void Setup()
    {
        var draft = BenchPostMortems.Valid(Now);
        _fresh = Decide(new PostMortemState(), new DeclarePostMortem("pm-1", draft, []));
        _edited = _fresh;
        for (var i = 1; i <= 1_000; i++)
        {
            _edited = Decide(_edited, i % 2 == 0
                ? new EditTimeline(BenchPostMortems.TimelineEdit(draft, i), "rui@example.com")
                : new EditAnalysis(BenchPostMortems.AnalysisEdit(draft, i), "mei@example.com"));
        }
        _oneMore = new EditTimeline(BenchPostMortems.TimelineEdit(draft, 1_001), "rui@example.com");
    }

    [Benchmark(Baseline = true)]
    public PostMortemView ViewFresh() => PostMortemView.From(_fresh);

    [Benchmark]
    public PostMortemView ViewAfter1000Edits() => PostMortemView.From(_edited);

    [Benchmark]
    public PostMortemState EditAfter1000Edits() => Decide(_edited, _oneMore);

    [Benchmark]
    public PostMortem OldestKeptVersion() => PostMortemHistory.At(_edited, _edited.ChangesFrom)!;

    private static PostMortemState Decide(PostMortemState state, PostMortemCommand command)
    {
        var decision = PostMortemDecider.Decide(state, command, Now, WorkflowSettings.Default);
        return decision.IsRejected ? throw new InvalidOperationException(decision.Rejection!.Message) : decision.State;
    }
}
