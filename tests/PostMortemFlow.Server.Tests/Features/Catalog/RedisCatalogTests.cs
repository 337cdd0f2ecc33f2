using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Intake;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Server.Features.Catalog;
using PostMortemFlow.Server.Features.Incidents;
using PostMortemFlow.Server.Hosting;
using StackExchange.Redis;

namespace PostMortemFlow.Server.Tests.Features.Catalog;

/// <summary>The cluster mode's lists, on the real redis-server that test.sh starts.</summary>
public sealed class RedisCatalogTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 2, 9, 10, 5, 0, TimeSpan.Zero);
    private readonly ConnectionMultiplexer _redis = ConnectionMultiplexer.Connect(RedisAddress());
    private readonly string _service = $"catalog-test-{Guid.NewGuid():N}";

    public void Dispose() => _redis.Dispose();

    private IOptions<ClusterModeOptions> Service(string id) => Options.Create(new ClusterModeOptions { ServiceId = id });

    private static PostMortemSummary PostMortem(string id, int minutes, Phase phase = Phase.TimelineReview) =>
        new(id, $"Incident {id}", Severity.Sev2, phase, false, Start.AddMinutes(minutes), null, null);

    [Fact]
    public async Task PostMortemCatalog_Upserts_ListsNewestFirstOncePerId()
    {
        var catalog = new RedisPostMortemCatalog(_redis, Service(_service));

        await catalog.UpsertAsync(PostMortem("pm-a", 0));
        await catalog.UpsertAsync(PostMortem("pm-b", 30));
        await catalog.UpsertAsync(PostMortem("pm-a", 0, Phase.AnalysisReview));

        var list = await catalog.ListAsync();
        Assert.Equal(["pm-b", "pm-a"], list.Select(s => s.Id));
        Assert.Equal(Phase.AnalysisReview, list[1].Phase);
    }

    [Fact]
    public async Task Catalogs_OtherService_AreSeparate()
    {
        await new RedisPostMortemCatalog(_redis, Service(_service)).UpsertAsync(PostMortem("pm-a", 0));

        Assert.Empty(await new RedisPostMortemCatalog(_redis, Service(_service + "-other")).ListAsync());
        Assert.Empty(await new RedisIncidentCatalog(_redis, Service(_service)).ListAsync());
    }

    [Fact]
    public async Task IncidentCatalog_Upserts_ListsMostRecentlySeenFirst()
    {
        var catalog = new RedisIncidentCatalog(_redis, Service(_service));
        var first = Incident("alertmanager:h1", Start);
        var second = Incident("pagerduty:P2", Start.AddMinutes(5));

        await catalog.UpsertAsync(first);
        await catalog.UpsertAsync(second);
        await catalog.UpsertAsync(first with { LastSeenAt = Start.AddMinutes(10) });

        Assert.Equal(["alertmanager:h1", "pagerduty:P2"], (await catalog.ListAsync()).Select(s => s.Key));
    }

    private static IncidentSummary Incident(string key, DateTimeOffset lastSeen) =>
        new(key, IncidentSource.Alertmanager, "HighErrorRate", "critical", IncidentStatus.Firing, true, null, Start, null, 1, lastSeen);

    private static string RedisAddress()
    {
        var redis = Environment.GetEnvironmentVariable("PMF_TEST_REDIS");
        if (string.IsNullOrWhiteSpace(redis))
        {
            Assert.Fail("PMF_TEST_REDIS is not set: these tests need a real redis-server. ./test.sh starts one and sets PMF_TEST_REDIS=host:port.");
        }
        return redis;
    }
}
