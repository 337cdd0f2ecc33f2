using Microsoft.Extensions.Diagnostics.HealthChecks;
using PostMortemFlow.Server.Features.Readiness;
using PostMortemFlow.Server.Persistence.Sqlite;
using PostMortemFlow.Server.Tests.TestData;
using StackExchange.Redis;

namespace PostMortemFlow.Server.Tests.Features.Readiness;

/// <summary>The state store checks against real stores: a SQLite file that can or cannot be written, a Redis that answers or not.</summary>
public sealed class StateStoreCheckTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pmf-readiness-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Sqlite_WritableFile_IsHealthy()
    {
        using var database = new SqliteDatabase(new SqliteStorageOptions { DatabasePath = Path.Combine(_folder, "postmortemflow.db") });

        var result = await new SqliteStateStoreCheck(database, TimeProvider.System).CheckHealthAsync(Context());

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task Sqlite_FileUnderAFileNotAFolder_IsUnhealthy()
    {
        var blocker = Path.Combine(_folder, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file where the data folder should be");
        using var database = new SqliteDatabase(new SqliteStorageOptions { DatabasePath = Path.Combine(blocker, "postmortemflow.db") });

        var result = await new SqliteStateStoreCheck(database, TimeProvider.System).CheckHealthAsync(Context());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.NotNull(result.Exception);
    }

    [Fact]
    public async Task Redis_ClosedPort_IsUnhealthy()
    {
        using var redis = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{FreePort.Next()},abortConnect=false,connectTimeout=500,syncTimeout=500,asyncTimeout=500");

        var result = await new RedisStateStoreCheck(redis).CheckHealthAsync(Context());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    [RealServerFact(Variable = "PMF_TEST_REDIS")]
    public async Task Redis_Running_IsHealthy()
    {
        using var redis = await ConnectionMultiplexer.ConnectAsync(RealServerFactAttribute.Require("PMF_TEST_REDIS"));

        var result = await new RedisStateStoreCheck(redis).CheckHealthAsync(Context());

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    private static HealthCheckContext Context() => new()
    {
        Registration = new HealthCheckRegistration(ReadinessExtensions.StateStore, _ => null!, HealthStatus.Unhealthy, null),
    };
}
