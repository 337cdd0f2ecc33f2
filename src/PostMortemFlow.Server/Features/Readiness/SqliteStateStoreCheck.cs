using Microsoft.Extensions.Diagnostics.HealthChecks;
using PostMortemFlow.Server.Persistence.Sqlite;

namespace PostMortemFlow.Server.Features.Readiness;

/// <summary>The embedded mode's state store: the SQLite file can be read and written.</summary>
public sealed class SqliteStateStoreCheck(SqliteDatabase database, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await database.ProbeAsync(clock.GetUtcNow(), cancellationToken);
            return HealthCheckResult.Healthy("The SQLite file is readable and writable.");
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The SQLite file cannot be read or written.", failure);
        }
    }
}
