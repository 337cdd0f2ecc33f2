using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using PostMortemFlow.Server.Features.Readiness;
using PostMortemFlow.Server.Tests.Api;
using PostMortemFlow.Server.Tests.TestData;

namespace PostMortemFlow.Server.Tests.Features.Readiness;

/// <summary><c>/readyz</c> of the real server: 200 with every check passing, 503 naming the one that fails; <c>/healthz</c> stays 200.</summary>
public sealed class ReadinessEndpointTests
{
    private sealed class BlobServer(string connectionString) : ServerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Evidence:Store", "Blob");
            builder.UseSetting("Evidence:Blob:ConnectionString", connectionString);
            builder.UseSetting("Evidence:Blob:Container", $"readiness-{Guid.NewGuid():N}");
        }
    }

    private sealed class RedisServer(string redis) : ServerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            var cluster = $"pmf-readiness-{Guid.NewGuid():N}";
            builder.UseSetting("Cluster:Mode", "Redis");
            builder.UseSetting("Cluster:Redis", redis);
            builder.UseSetting("Cluster:ClusterId", cluster);
            builder.UseSetting("Cluster:ServiceId", cluster);
            builder.UseSetting("Cluster:AdvertisedAddress", "127.0.0.1");
            builder.UseSetting("Links:SigningKey", Convert.ToBase64String(new byte[32]));
        }
    }

    [Fact]
    public async Task Readyz_EmbeddedMode_Answers200WithEveryCheckHealthy()
    {
        await using var server = new ServerFactory();

        var (status, body) = await ReadyzAsync(server);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Empty(body.GetProperty("failing").EnumerateArray());
        Assert.Equal([ReadinessExtensions.StateStore, ReadinessExtensions.ClusterMembership, ReadinessExtensions.ArtifactStore],
            body.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.All(body.GetProperty("checks").EnumerateArray(), c => Assert.Equal("Healthy", c.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Readyz_BlobStoreOnAClosedPort_Answers503NamingTheArtifactStore()
    {
        var closed = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Convert.ToBase64String(new byte[64])};BlobEndpoint=http://127.0.0.1:{FreePort.Next()}/devstoreaccount1;";
        await using var server = new BlobServer(closed);

        var (status, body) = await ReadyzAsync(server);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        Assert.Equal([ReadinessExtensions.ArtifactStore], body.GetProperty("failing").EnumerateArray().Select(f => f.GetString()));
        Assert.DoesNotContain("AccountKey", body.GetRawText(), StringComparison.Ordinal);
        using var client = server.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [RealServerFact(Variable = "PMF_TEST_AZURITE")]
    public async Task Readyz_BlobStoreOnAzurite_Answers200()
    {
        await using var server = new BlobServer(RealServerFactAttribute.Require("PMF_TEST_AZURITE"));

        var (status, body) = await ReadyzAsync(server);

        Assert.True(status == HttpStatusCode.OK, body.GetRawText());
    }

    [RealServerFact(Variable = "PMF_TEST_REDIS")]
    public async Task Readyz_RedisCluster_Answers200()
    {
        await using var server = new RedisServer(RealServerFactAttribute.Require("PMF_TEST_REDIS"));

        var (status, body) = await ReadyzAsync(server);

        Assert.True(status == HttpStatusCode.OK, body.GetRawText());
        Assert.Contains("Redis answered", body.GetProperty("checks")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ReadyzAsync(ServerFactory server)
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync("/readyz");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }
}
