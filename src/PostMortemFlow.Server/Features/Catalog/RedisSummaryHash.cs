using System.Text.Json;
using StackExchange.Redis;

namespace PostMortemFlow.Server.Features.Catalog;

/// <summary>A list of JSON summaries in cluster mode: one Redis hash, a field per key, listed newest first.</summary>
public sealed class RedisSummaryHash<T>(IConnectionMultiplexer redis, RedisKey hash, Func<T, string> keyOf, Func<T, DateTimeOffset> timeOf)
{
    public Task UpsertAsync(T summary) =>
        redis.GetDatabase().HashSetAsync(hash, keyOf(summary), JsonSerializer.Serialize(summary, CatalogJson.Options));

    public async Task<IReadOnlyList<T>> ListAsync()
    {
        var entries = await redis.GetDatabase().HashValuesAsync(hash);
        return entries
            .Select(e => JsonSerializer.Deserialize<T>(e.ToString(), CatalogJson.Options)!)
            .OrderByDescending(timeOf)
            .ThenBy(keyOf, StringComparer.Ordinal)
            .ToList();
    }
}
