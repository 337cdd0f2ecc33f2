using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PostMortemFlow.Server.Features.Readiness;

/// <summary>This silo is <see cref="SiloStatus.Active"/> in the cluster's membership, so grains can be placed on it.</summary>
public sealed class ClusterMembershipCheck(IClusterMembershipService membership, ILocalSiloDetails silo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress);
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy("This silo is Active in the cluster membership.")
            : new HealthCheckResult(context.Registration.FailureStatus, $"This silo is {status} in the cluster membership, not Active."));
    }
}
