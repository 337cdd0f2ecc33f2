using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Reporting;
using PostMortemFlow.Domain.Text;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Integrations.Effects;
using PostMortemFlow.Integrations.Tests.Infrastructure;

namespace PostMortemFlow.Integrations.Tests.Prevention;

/// <summary>
/// The method's seed incident (2025-02-09 10:05–10:35Z, the backfill's spike) run through the decider as a host would:
/// every outbox effect executed by the <see cref="IEffectDispatcher"/> that <c>AddPostMortemIntegrations</c> composes
/// (the Prometheus collector, the local outbox), on a hand-moved clock.
/// </summary>
public sealed class PublishedWorkflow : IDisposable
{
    private readonly ServiceProvider _services;

    public PublishedWorkflow(Uri prometheus, TimeSpan followUp)
    {
        Settings = WorkflowSettings.Default with { FollowUp = followUp };
        var config = new Dictionary<string, string?>
        {
            ["Storage:DataPath"] = Folder,
            ["Evidence:Sources:0"] = "prometheus",
            ["Evidence:Prometheus:BaseUrl"] = prometheus.ToString(),
            ["Evidence:Prometheus:Timeout"] = "00:00:30",
            ["Evidence:Prometheus:RetryDelay"] = "00:00:00.050",
            ["Evidence:Prometheus:Services:api:0:Name"] = "5xx-rate",
            ["Evidence:Prometheus:Services:api:0:Query"] = "sum(rate(http_requests_total{code=\"500\",service=\"{service}\"}[5m]))",
        };
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(config).Build());
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddPostMortemIntegrations();
        _services = services.BuildServiceProvider();
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "pmf-prevention-" + Guid.NewGuid().ToString("N"));
    public FixedClock Clock { get; } = new(new DateTimeOffset(2025, 2, 10, 9, 0, 0, TimeSpan.Zero));
    public WorkflowSettings Settings { get; }
    public PostMortemState State { get; private set; } = new();
    public string Id { get; } = "pm-" + Guid.NewGuid().ToString("N")[..10];

    public static PostMortem Seed()
    {
        var seed = MarkdownReportParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "api-degradation-2025-02-09.md"))).PostMortem;
        return seed with
        {
            Incident = seed.Incident with { AffectedServices = ["api"] },
            Authors = ["ana@example.com"],
            Reviewers = ["rui@example.com"],
            ExecutiveSponsor = "vp@example.com",
            ReviewedOn = null,
        };
    }

    /// <summary>Declared, collected from the real Prometheus, reviewed, approved and published at <paramref name="publishAt"/>.</summary>
    public async Task PublishAsync(DateTimeOffset publishAt)
    {
        Send(new DeclarePostMortem(Id, Seed(), ["prometheus"]));
        await RunOutboxAsync();
        Accept(Send(new ApproveTimeline("rui@example.com")));
        Accept(Send(new ApproveAnalysis("rui@example.com")));
        Accept(Send(new ApproveReport("rui@example.com")));
        Clock.Now = publishAt;
        await RunOutboxAsync();
        Assert.Equal((Phase.Tracking, publishAt), (State.Phase, State.PublishedAt));
    }

    public Decision Send(PostMortemCommand command) => Keep(PostMortemDecider.Decide(State, command, Clock.GetUtcNow(), Settings));

    public Decision At(DateTimeOffset now, PostMortemCommand command)
    {
        Clock.Now = now;
        return Send(command);
    }

    public IEffectDispatcher Dispatcher => _services.GetRequiredService<IEffectDispatcher>();

    /// <summary>Runs due effects until the outbox holds nothing due (an effect's outcome may add more).</summary>
    public async Task RunOutboxAsync()
    {
        var dispatcher = Dispatcher;
        for (var round = 0; round < 10; round++)
        {
            var due = State.Outbox.Where(e => e.NextAttemptAt <= Clock.GetUtcNow()).ToList();
            if (due.Count == 0)
            {
                return;
            }
            foreach (var entry in due)
            {
                var outcome = await dispatcher.ExecuteAsync(entry, State, CancellationToken.None);
                Send(new EffectSucceeded(entry.Id, outcome));
            }
        }
    }

    /// <summary>The .eml the local outbox wrote for an e-mail effect.</summary>
    public string Email(string effectId) =>
        File.ReadAllText(Path.Combine(Folder, "outbox", Id, SafeName.From($"{Id}/{effectId}") + ".eml"));

    private Decision Keep(Decision decision)
    {
        State = decision.State;
        return decision;
    }

    private static void Accept(Decision decision) => Assert.Null(decision.Rejection?.Message);

    public void Dispose()
    {
        _services.Dispose();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
