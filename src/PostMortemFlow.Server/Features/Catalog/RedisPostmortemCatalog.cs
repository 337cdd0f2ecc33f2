using Microsoft.Extensions.Options;
using PostMortemFlow.Server.Hosting;
using StackExchange.Redis;

namespace PostMortemFlow.Server.Features.Catalog;

/// <summary>The list of post-mortems in cluster mode: one Redis hash per service, a field per post-mortem.</summary>
public sealed class RedisPostmortemCatalog(IConnectionMultiplexer redis, IOptions<ClusterModeOptions> cluster) : IPostmortemCatalog
{
    private readonly RedisSummaryHash<PostmortemSummary> _hash =
        new(redis, $"postmortemflow:{cluster.Value.ServiceId}:postmortems", s => s.Id, s => s.StartedAt);

    public Task UpsertAsync(PostmortemSummary summary, CancellationToken cancellationToken = default) => _hash.UpsertAsync(summary);

    public Task<IReadOnlyList<PostmortemSummary>> ListAsync(CancellationToken cancellationToken = default) => _hash.ListAsync();
}
