using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Identity;

namespace PostMortemFlow.Integrations.Tests.Infrastructure;

/// <summary>The backfilled incident of TEST-SERVERS.md declared as a post-mortem, a temp artifact folder and a fixed clock.</summary>
public sealed class EvidenceScenario : IDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 2, 9, 10, 8, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset End = new(2025, 2, 9, 10, 40, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pmf-evidence-" + Guid.NewGuid().ToString("N"));

    public EvidenceScenario(params string[] sources)
    {
        Store = new LocalArtifactStore(Options.Create(new LocalArtifactStoreOptions { DataPath = _folder }));
        var draft = new PostMortem
        {
            Title = "API degradation",
            Incident = new Incident { Id = "INC-42", StartedAt = Start, EndedAt = End, AffectedServices = ["api"] },
            Authors = ["ana@example.com"],
            Reviewers = ["rui@example.com"],
        };
        State = PostMortemDecider.Decide(new PostMortemState(), new DeclarePostMortem(Id, draft, [.. sources]), Clock.GetUtcNow(), WorkflowSettings.Default).State;
    }

    private readonly List<ServiceProvider> _providers = [];

    public string Id { get; } = "pm-" + Guid.NewGuid().ToString("N")[..10];
    public FixedClock Clock { get; } = new(new DateTimeOffset(2025, 2, 10, 9, 0, 0, TimeSpan.Zero));
    public IArtifactStore Store { get; }
    public PostMortemState State { get; private set; }

    /// <summary>Feeds a collector's result to the decider, as the grain would.</summary>
    public void Finish(CollectorFinished finished) =>
        State = PostMortemDecider.Decide(State, finished, Clock.GetUtcNow(), WorkflowSettings.Default).State;

    /// <summary>
    /// A collector composed as both hosts compose it (<c>AddEvidence</c>: its HttpClient, resilience and token handler),
    /// with this scenario's store and clock, the test's options and, for Azure and Graph sources, the test's credential.
    /// </summary>
    public TCollector Collector<TCollector, TOptions>(TOptions options, FakeCredential? credential = null)
        where TCollector : class
        where TOptions : class
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddEvidence();
        services.AddSingleton(Store);
        services.AddSingleton(Options.Create(options));
        var fake = credential ?? new FakeCredential();
        services.AddSingleton(new AzureCredentials(fake, fake));
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider.GetRequiredService<TCollector>();
    }

    public void Dispose()
    {
        _providers.ForEach(p => p.Dispose());
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
