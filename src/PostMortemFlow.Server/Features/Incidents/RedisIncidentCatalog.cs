using Microsoft.Extensions.Options;
using PostMortemFlow.Server.Features.Catalog;
using PostMortemFlow.Server.Hosting;
using StackExchange.Redis;

namespace PostMortemFlow.Server.Features.Incidents;

/// <summary>The incident list in cluster mode: one Redis hash per service, a field per incident.</summary>
public sealed class RedisIncidentCatalog(IConnectionMultiplexer redis, IOptions<ClusterModeOptions> cluster) : IIncidentCatalog
{
    private readonly RedisSummaryHash<IncidentSummary> _hash =
        new(redis, $"postmortemflow:{cluster.Value.ServiceId}:incidents", s => s.Key, s => s.LastSeenAt);

    public Task UpsertAsync(IncidentSummary summary, CancellationToken cancellationToken = default) => _hash.UpsertAsync(summary);

    public Task<IReadOnlyList<IncidentSummary>> ListAsync(CancellationToken cancellationToken = default) => _hash.ListAsync();
}
