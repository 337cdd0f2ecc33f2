using System.Collections.Immutable;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PostMortemFlow.Domain.Insights;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;

namespace PostMortemFlow.Benchmarks;

/// <summary>
/// The insights across <see cref="PostMortems"/> post-mortems: computing the report (trends, weeks, the 48 h share and
/// the recurring factors, which compare every pair of factors of a category), and everything the page and the API draw
/// from it (five SVG charts, the CSV, the JSON). Also one "also found in" query, what the analysis page asks per keystroke pause.
/// </summary>
[MemoryDiagnoser]
public class InsightsBenchmarks
{
    public static IConfig Config { get; } = DefaultConfig.Instance
        .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));

    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    // Factor wordings of every category, each written two ways, so some factors recur and most do not.
    private static readonly (FactorCategory Category, string[] Ways)[] Factors =
    [
        (FactorCategory.Monitoring, ["No alert fired on disk usage of the {0} hosts.", "The {0} hosts had no alert on disk usage."]),
        (FactorCategory.Monitoring, ["Replication lag of the {0} replicas was not alerted on.", "No alerting existed for replication lag on the {0} replicas."]),
        (FactorCategory.Testing, ["The migration of {0} was never tested against a production-sized dataset.", "The {0} migration was not tested on a dataset of production size."]),
        (FactorCategory.Runbook, ["The runbook for failing over {0} was out of date.", "The {0} failover runbook was out of date and missed the DNS step."]),
        (FactorCategory.Capacity, ["The connection pool of {0} was too small for peak traffic.", "A pool of 20 connections to {0} was too small for the peak traffic."]),
        (FactorCategory.ChangeManagement, ["The configuration change to {0} was deployed to all regions at once.", "The config change of {0} went to every region at once."]),
        (FactorCategory.Dependency, ["The payment provider's API timed out and {0} had no circuit breaker.", "There was no circuit breaker in {0} when the payment provider timed out."]),
        (FactorCategory.Communication, ["The status page was updated an hour after customers noticed the {0} outage.", "Customers noticed the {0} outage an hour before the status page changed."]),
    ];

    private static readonly string[] Services = ["orders-api", "orders-db", "checkout-api", "payments", "search", "identity", "cdn", "notifications"];

    [Params(200)]
    public int PostMortems { get; set; }

    private List<PostMortemFacts> _facts = [];
    private InsightsReport _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var seed = BenchPostMortems.Valid(Now.AddDays(-200));
        _facts = [.. Enumerable.Range(0, PostMortems).Select(i => PostMortemFacts.From(State(i, seed, random)))];
        _report = InsightsCalculator.Compute(_facts, Now);
        if (_report.RecurringFactors.Count == 0)
        {
            throw new InvalidOperationException("the generated post-mortems should share some factors");
        }
    }

    [Benchmark]
    public InsightsReport Compute() => InsightsCalculator.Compute(_facts, Now);

    /// <summary>What <c>/insights</c> and <c>/api/insights</c> do per request after reading the list: compute, then draw it all.</summary>
    [Benchmark]
    public int ComputeAndRender()
    {
        var report = InsightsCalculator.Compute(_facts, Now);
        return InsightsCharts.ResponseByMonth(report).Length + InsightsCharts.PublishByMonth(report).Length
            + InsightsCharts.ResponseBy("per service", report.ByService).Length + InsightsCharts.ResponseBy("per severity", report.BySeverity).Length
            + InsightsCharts.ActionItemsByWeek(report).Length + InsightsCsv.Render(report).Length + JsonSerializer.Serialize(report).Length;
    }

    [Benchmark]
    public int FactorMatches() =>
        RecurringFactors.MatchesFor(FactorCategory.Capacity, "The pool of connections to orders-db was too small for the traffic peak.", null, _facts).Count;

    private static PostMortemState State(int i, PostMortem seed, Random random)
    {
        var shift = TimeSpan.FromHours(i * 23 + random.Next(0, 12));
        var postMortem = seed.ShiftedBy(shift);
        var service = Services[random.Next(Services.Length)];
        var factors = Enumerable.Range(0, 3 + random.Next(3)).Select(_ =>
        {
            var (category, ways) = Factors[random.Next(Factors.Length)];
            // Half the time a factor is one of the shared wordings, else it names something only this incident had.
            var text = random.Next(2) == 0
                ? string.Format(System.Globalization.CultureInfo.InvariantCulture, ways[random.Next(2)], service)
                : $"Incident {i} step {random.Next(1000)} of {service} had its own gap number {random.Next(100000)}.";
            return new ContributingFactor { Category = category, Description = text };
        }).ToImmutableList();
        var published = postMortem.Incident.EndedAt!.Value.AddHours(random.Next(4, 96));
        var items = postMortem.ActionItems.Select(a => random.Next(3) == 0 ? a : a with { Status = ActionItemStatus.Done }).ToImmutableList();
        return new PostMortemState
        {
            Id = $"pm-{i:000}",
            Phase = published < Now ? Phase.Tracking : Phase.AnalysisReview,
            DeclaredAt = postMortem.Incident.StartedAt,
            PublishedAt = published < Now ? published : null,
            PostMortem = postMortem with
            {
                Title = $"Incident {i} on {service}",
                Incident = postMortem.Incident with
                {
                    AffectedServices = [service],
                    Severity = (Severity)random.Next(0, 5),
                    IsNearMiss = random.Next(10) == 0,
                },
                Analysis = postMortem.Analysis with { Factors = factors },
                ActionItems = items,
            },
            ItemStatusChangedAt = items.Where(a => !a.IsOpen).ToImmutableDictionary(a => a.Id, _ => published.AddDays(random.Next(1, 30))),
        };
    }
}
