using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;

namespace PostMortemFlow.Benchmarks;

/// <summary>The pure decider alone: what one command costs before any grain call or storage write.</summary>
[MemoryDiagnoser]
public class DeciderBenchmarks
{
    /// <summary>In-process, so running it needs no second build of this project.</summary>
    public static IConfig Config { get; } = DefaultConfig.Instance
        .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));

    private static readonly DateTimeOffset Now = new(2025, 2, 9, 11, 0, 0, TimeSpan.Zero);

    private PostMortem _draft = new();
    private PostMortemState _inTimelineReview = new();
    private EditTimeline _editTimeline = new([], "");
    private EditAnalysis _editAnalysis = new(new AnalysisDraft(), "");

    [GlobalSetup]
    public void Setup()
    {
        _draft = BenchPostMortems.Valid(Now);
        _inTimelineReview = Decide(new PostMortemState(), new DeclarePostMortem("pm-1", _draft, []));
        _editTimeline = new EditTimeline(BenchPostMortems.TimelineEdit(_draft, 1), "rui@example.com");
        _editAnalysis = new EditAnalysis(BenchPostMortems.AnalysisEdit(_draft, 1), "mei@example.com");
    }

    [Benchmark]
    public PostMortemState Declare() => Decide(new PostMortemState(), new DeclarePostMortem("pm-1", _draft, []));

    [Benchmark]
    public PostMortemState EditTimeline() => Decide(_inTimelineReview, _editTimeline);

    [Benchmark]
    public PostMortemState EditAnalysis() => Decide(_inTimelineReview, _editAnalysis);

    /// <summary>Runs the method's timeline rules before moving on.</summary>
    [Benchmark]
    public PostMortemState ApproveTimeline() => Decide(_inTimelineReview, new ApproveTimeline("rui@example.com"));

    private static PostMortemState Decide(PostMortemState state, PostMortemCommand command) =>
        PostMortemDecider.Decide(state, command, Now, WorkflowSettings.Default).State;
}
