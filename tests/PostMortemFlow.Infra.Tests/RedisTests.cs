using PostMortemFlow.Infra.Tests.Support;
using static PostMortemFlow.Infra.Tests.Support.Snapshot;

namespace PostMortemFlow.Infra.Tests;

[Collection(InfraCollection.Name)]
public sealed class RedisTests(InfraFixture infra)
{
    private Snapshot SelfHosted => infra.Snapshot(DeploymentShape.SelfHosted);

    [Fact]
    public void Snapshot_SelfHosted_RedisTakesOnlyTls12FromThePrivateEndpoint()
    {
        var cluster = SelfHosted.Single("Microsoft.Cache/redisEnterprise");
        var database = Properties(SelfHosted.Single("Microsoft.Cache/redisEnterprise/databases"));
        var endpoint = Properties(SelfHosted.Single("Microsoft.Network/privateEndpoints"));
        var connection = Assert.Single(endpoint["privateLinkServiceConnections"]!.AsArray())!["properties"]!;

        Assert.Equal("1.2", Text(Properties(cluster)["minimumTlsVersion"]));
        Assert.Equal("Disabled", Text(Properties(cluster)["publicNetworkAccess"]));
        Assert.Equal("Encrypted", Text(database["clientProtocol"]));
        Assert.Equal(Id(cluster), Text(connection["privateLinkServiceId"]));
        Assert.Equal("redisEnterprise", Text(Assert.Single(connection["groupIds"]!.AsArray())));
        Assert.Equal("privatelink.redis.azure.net", Name(SelfHosted.Single("Microsoft.Network/privateDnsZones")));
    }

    [Fact]
    public void Snapshot_SelfHosted_KeepsTheOrleansStateDurable()
    {
        var database = Properties(SelfHosted.Single("Microsoft.Cache/redisEnterprise/databases"));

        Assert.Equal("NoEviction", Text(database["evictionPolicy"]));
        Assert.True((bool)database["persistence"]!["aofEnabled"]!);
        Assert.Equal("Enabled", Text(Properties(SelfHosted.Single("Microsoft.Cache/redisEnterprise"))["highAvailability"]));
    }

    [Fact]
    public void Snapshot_SelfHosted_WritesTheAccessKeyOnlyIntoTheVaultSecret()
    {
        var vault = Name(SelfHosted.Single("Microsoft.KeyVault/vaults"));
        var database = Id(SelfHosted.Single("Microsoft.Cache/redisEnterprise/databases"));
        var secret = SelfHosted.Named("Microsoft.KeyVault/vaults/secrets", $"{vault}/cluster-redis");

        var value = Text(Properties(secret)["value"]);

        Assert.Contains($"listKeys('{database}', '2025-07-01').primaryKey", value, StringComparison.Ordinal);
        Assert.StartsWith("[format('{0}:{1},password={2},ssl=True,abortConnect=False'", value, StringComparison.Ordinal);
        var text = infra.Shapes[DeploymentShape.SelfHosted].SnapshotText;
        Assert.Equal(text.IndexOf("listKeys(", StringComparison.Ordinal), text.LastIndexOf("listKeys(", StringComparison.Ordinal));
    }
}
