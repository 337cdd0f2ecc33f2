using System.Text.Json;
using PostMortemFlow.Server.Features.Catalog;
using StackExchange.Redis;

namespace PostMortemFlow.Server.Features.Incidents;

/// <summary>The incident list in cluster mode: one Redis hash, a field per incident.</summary>
public sealed class RedisIncidentCatalog(IConnectionMultiplexer redis) : IIncidentCatalog
{
    private static readonly RedisKey Key = "postmortemflow:incidents";

    public Task UpsertAsync(IncidentSummary summary, CancellationToken cancellationToken = default) =>
        redis.GetDatabase().HashSetAsync(Key, summary.Key, JsonSerializer.Serialize(summary, CatalogJson.Options));

    public async Task<IReadOnlyList<IncidentSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var entries = await redis.GetDatabase().HashValuesAsync(Key);
        return entries
            .Select(e => JsonSerializer.Deserialize<IncidentSummary>(e.ToString(), CatalogJson.Options)!)
            .OrderByDescending(s => s.LastSeenAt)
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList();
    }
}
