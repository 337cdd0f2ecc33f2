using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using PostMortemFlow.Application.Library;
using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Library;
using PostMortemFlow.Integrations.Library;
using PostMortemFlow.Server.Hosting;
using StackExchange.Redis;

namespace PostMortemFlow.Server.Features.Library;

/// <summary>
/// The library in cluster mode. The entries live in Redis: a hash of entry JSON by id, and a sorted set of ids scored by
/// a sequence that every write takes in the same script, so a score seen means its entry is written. Each node searches
/// its own in-memory FTS5 copy (<see cref="LibraryReplica"/>) after pulling what changed since the last score it read,
/// so a write through any node is found by the next search on every node.
/// </summary>
public sealed class RedisLibraryIndex : ILibraryIndex, IDisposable
{
    private const int PullBatch = 500;

    private static readonly LuaScript Write = LuaScript.Prepare("""
        local sequence = redis.call('INCR', @sequence)
        redis.call('HSET', @entries, @id, @json)
        redis.call('ZADD', @changes, sequence, @id)
        return sequence
        """);

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisKey _entries;
    private readonly RedisKey _changes;
    private readonly RedisKey _sequence;
    private readonly LibraryReplica _replica = new();
    private double _seen;

    public RedisLibraryIndex(IConnectionMultiplexer redis, IOptions<ClusterModeOptions> cluster)
    {
        _redis = redis;
        var prefix = $"postmortemflow:{cluster.Value.ServiceId}:library";
        (_entries, _changes, _sequence) = ($"{prefix}:entries", $"{prefix}:changes", $"{prefix}:sequence");
    }

    public Task UpsertAsync(LibraryEntry entry, CancellationToken cancellationToken = default) =>
        _redis.GetDatabase().ScriptEvaluateAsync(Write, new
        {
            sequence = _sequence,
            entries = _entries,
            changes = _changes,
            id = (RedisValue)entry.Id,
            json = (RedisValue)LibraryJson.Serialize(entry),
        });

    public Task<LibraryResult> SearchAsync(LibraryQuery query, Viewer viewer, CancellationToken cancellationToken = default) =>
        _replica.SearchAsync(CatchUpAsync, query, viewer, cancellationToken);

    public Task<IReadOnlySet<string>> IdsAsync(CancellationToken cancellationToken = default) => _replica.IdsAsync(CatchUpAsync, cancellationToken);

    public void Dispose() => _replica.Dispose();

    private async Task CatchUpAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var database = _redis.GetDatabase();
        var changed = await database.SortedSetRangeByScoreWithScoresAsync(_changes, _seen, double.PositiveInfinity, Exclude.Start);
        foreach (var batch in changed.Chunk(PullBatch))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var values = await database.HashGetAsync(_entries, [.. batch.Select(c => c.Element)]);
            for (var i = 0; i < batch.Length; i++)
            {
                if (values[i].HasValue)
                {
                    FtsLibrary.Upsert(connection, LibraryJson.Deserialize(values[i].ToString()));
                }
                else
                {
                    FtsLibrary.Remove(connection, batch[i].Element.ToString());
                }
            }
            _seen = Math.Max(_seen, batch.Max(c => c.Score));
        }
    }
}
