using System.Text.Json;
using StackExchange.Redis;

namespace PostMortemFlow.Server.Features.Catalog;

/// <summary>The list of post-mortems in cluster mode: one Redis hash, a field per post-mortem.</summary>
public sealed class RedisPostmortemCatalog(IConnectionMultiplexer redis) : IPostmortemCatalog
{
    private static readonly RedisKey Key = "postmortemflow:catalog";

    public Task UpsertAsync(PostmortemSummary summary, CancellationToken cancellationToken = default) =>
        redis.GetDatabase().HashSetAsync(Key, summary.Id, JsonSerializer.Serialize(summary, CatalogJson.Options));

    public async Task<IReadOnlyList<PostmortemSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var entries = await redis.GetDatabase().HashValuesAsync(Key);
        return entries
            .Select(e => JsonSerializer.Deserialize<PostmortemSummary>(e.ToString(), CatalogJson.Options)!)
            .OrderByDescending(s => s.StartedAt)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
    }
}
