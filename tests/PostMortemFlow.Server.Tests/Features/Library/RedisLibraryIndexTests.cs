using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Library;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Server.Features.Library;
using PostMortemFlow.Server.Hosting;
using PostMortemFlow.Server.Tests.TestData;
using StackExchange.Redis;
using static PostMortemFlow.Server.Tests.Features.Library.LibraryEntries;

namespace PostMortemFlow.Server.Tests.Features.Library;

/// <summary>
/// The cluster mode's library on a real redis-server, with two index instances on their own connections standing for two
/// nodes: what is written through one is found by the next search on the other.
/// </summary>
public sealed class RedisLibraryIndexTests : IAsyncLifetime
{
    private readonly string _service = $"library-test-{Guid.NewGuid():N}";
    private readonly List<IDisposable> _owned = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }
        return Task.CompletedTask;
    }

    private RedisLibraryIndex Node()
    {
        var redis = ConnectionMultiplexer.Connect(RealServerFactAttribute.Require("PMF_TEST_REDIS"));
        var index = new RedisLibraryIndex(redis, Options.Create(new ClusterModeOptions { ServiceId = _service }));
        _owned.Add(index);
        _owned.Add(redis);
        return index;
    }

    private static LibraryQuery Words(string q) => LibraryQuery.Parse(f => f == "q" ? q : null).Query!;

    private static async Task<IReadOnlyList<string>> FindAsync(RedisLibraryIndex node, string q) =>
        [.. (await node.SearchAsync(Words(q), Viewer.Local)).Hits.Select(h => h.Id)];

    [RealServerFact(Variable = "PMF_TEST_REDIS")]
    public async Task Upsert_OnOneNode_IsFoundByTheNextSearchOnTheOther()
    {
        var first = Node();
        var second = Node();
        Assert.Empty(await FindAsync(second, "headroom"));

        await first.UpsertAsync(PoolExhaustion());

        Assert.Equal(["pm-pool"], await FindAsync(second, "headroom"));
        Assert.Equal(["pm-pool"], await FindAsync(first, "headroom"));
    }

    [RealServerFact(Variable = "PMF_TEST_REDIS")]
    public async Task Update_OnOneNode_ReplacesTheWordsOnTheOther_AndCancelledLeavesBoth()
    {
        var first = Node();
        var second = Node();
        await first.UpsertAsync(PoolExhaustion());
        await first.UpsertAsync(CertificateExpiry());
        Assert.Equal(["pm-pool"], await FindAsync(second, "headroom"));

        await second.UpsertAsync(PoolExhaustion() with { Factors = ["The thread pool was saturated."] });

        Assert.Empty(await FindAsync(first, "headroom"));
        Assert.Equal(["pm-pool"], await FindAsync(first, "saturated"));
        Assert.Empty(await FindAsync(second, "headroom"));

        await first.UpsertAsync(CertificateExpiry() with { Phase = Phase.Cancelled });

        Assert.Empty(await FindAsync(second, "certificate"));
        Assert.Empty(await FindAsync(first, "certificate"));
    }

    [RealServerFact(Variable = "PMF_TEST_REDIS")]
    public async Task NodeStartedLater_CatchesUpWithEverything_AndFiltersAsTheEmbeddedIndex()
    {
        var first = Node();
        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => first.UpsertAsync(PoolExhaustion($"pm-{i:D2}", days: i))));
        await first.UpsertAsync(DiskNearMiss());

        var late = Node();

        Assert.Equal(30, (await late.SearchAsync(Words("headroom"), Viewer.Local)).Total);
        var nearMisses = await late.SearchAsync(LibraryQuery.Parse(f => f == "nearMiss" ? "true" : null).Query!, Viewer.SignedIn(["someone@example.com"], []));
        Assert.Equal(["pm-disk"], nearMisses.Hits.Select(h => h.Id));
    }

    [RealServerFact(Variable = "PMF_TEST_REDIS")]
    public async Task Searches_WhileAnotherNodeWrites_NeverLoseAWrite()
    {
        var writer = Node();
        var reader = Node();

        var writes = Task.Run(async () =>
        {
            for (var i = 0; i < 40; i++)
            {
                await writer.UpsertAsync(PoolExhaustion($"pm-{i:D2}", days: i));
            }
        });
        while (!writes.IsCompleted)
        {
            await reader.SearchAsync(Words("headroom"), Viewer.Local);
        }
        await writes;

        Assert.Equal(40, (await reader.SearchAsync(Words("headroom"), Viewer.Local)).Total);
    }
}
