using Microsoft.Extensions.Options;
using PostMortemFlow.Server.Hosting;
using StackExchange.Redis;

namespace PostMortemFlow.Server.Features.Catalog;

/// <summary>The list of post-mortems in cluster mode: one Redis hash per service, a field per post-mortem.</summary>
public sealed class RedisPostMortemCatalog(IConnectionMultiplexer redis, IOptions<ClusterModeOptions> cluster) : IPostMortemCatalog
{
    private readonly RedisSummaryHash<PostMortemSummary> _hash =
        new(redis, $"postmortemflow:{cluster.Value.ServiceId}:postmortems", s => s.Id, s => s.StartedAt);

    public Task UpsertAsync(PostMortemSummary summary, CancellationToken cancellationToken = default) => _hash.UpsertAsync(summary);

    public Task<IReadOnlyList<PostMortemSummary>> ListAsync(CancellationToken cancellationToken = default) => _hash.ListAsync();
}
