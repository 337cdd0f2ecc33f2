using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PostMortemFlow.Server.Features.Readiness;
using PostMortemFlow.Server.Tests.Api;

namespace PostMortemFlow.Server.Tests.Features.Readiness;

/// <summary>The membership check of the real server's silo: healthy while it is Active, failing once it shuts down.</summary>
public sealed class ClusterMembershipCheckTests
{
    [Fact]
    public async Task Check_SiloActiveThenStopped_HealthyThenUnhealthy()
    {
        await using var server = new ServerFactory();
        using var client = server.CreateClient();
        var health = server.Services.GetRequiredService<HealthCheckService>();

        var active = await MembershipAsync(health);
        await server.Services.GetRequiredService<Silo>().StopAsync(CancellationToken.None);
        var stopped = await MembershipAsync(health);

        Assert.Equal(HealthStatus.Healthy, active.Status);
        Assert.Equal(HealthStatus.Unhealthy, stopped.Status);
        Assert.DoesNotContain("Active in", stopped.Description, StringComparison.Ordinal);
    }

    private static async Task<HealthReportEntry> MembershipAsync(HealthCheckService health) =>
        (await health.CheckHealthAsync(c => c.Name == ReadinessExtensions.ClusterMembership)).Entries[ReadinessExtensions.ClusterMembership];
}
