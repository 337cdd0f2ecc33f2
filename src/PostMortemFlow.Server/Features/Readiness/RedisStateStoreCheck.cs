using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace PostMortemFlow.Server.Features.Readiness;

/// <summary>The cluster mode's state store: Redis answers a PING.</summary>
public sealed class RedisStateStoreCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync().WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy($"Redis answered in {latency.TotalMilliseconds:0} ms.");
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Redis does not answer.", failure);
        }
    }
}
