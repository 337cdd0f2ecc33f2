using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PostMortemFlow.Integrations.Artifacts;

/// <summary>The artifact store answers a list (of a post-mortem that does not exist: one cheap request to Blob storage).</summary>
public sealed class ArtifactStoreCheck(IArtifactStore store) : IHealthCheck
{
    private const string NoPostMortem = "readiness-probe";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.ListAsync(NoPostMortem, cancellationToken: cancellationToken);
            return HealthCheckResult.Healthy("The artifact store answers.");
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The artifact store does not answer.", failure);
        }
    }
}
