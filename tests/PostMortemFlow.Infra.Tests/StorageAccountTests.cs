using PostMortemFlow.Infra.Tests.Support;
using static PostMortemFlow.Infra.Tests.Support.Snapshot;

namespace PostMortemFlow.Infra.Tests;

[Collection(InfraCollection.Name)]
public sealed class StorageAccountTests(InfraFixture infra)
{
    private const string AccountType = "Microsoft.Storage/storageAccounts";
    private const string ContainerType = "Microsoft.Storage/storageAccounts/blobServices/containers";

    [Theory]
    [EitherShape]
    public void Snapshot_EitherShape_DeploysOneAccountWithSharedKeyAccessOff(string shape)
    {
        var account = Properties(infra.Snapshot(shape).Single(AccountType));

        Assert.False((bool)account["allowSharedKeyAccess"]!);
        Assert.True((bool)account["defaultToOAuthAuthentication"]!);
    }

    [Theory]
    [EitherShape]
    public void Snapshot_EitherShape_AllowsNoPublicBlobAccess(string shape)
    {
        var snapshot = infra.Snapshot(shape);

        Assert.False((bool)Properties(snapshot.Single(AccountType))["allowBlobPublicAccess"]!);
        Assert.All(snapshot.OfType(ContainerType), container => Assert.Equal("None", Text(Properties(container)["publicAccess"])));
    }

    [Theory]
    [EitherShape]
    public void Snapshot_EitherShape_RequiresHttpsWithTls12(string shape)
    {
        var account = Properties(infra.Snapshot(shape).Single(AccountType));

        Assert.Equal("TLS1_2", Text(account["minimumTlsVersion"]));
        Assert.True((bool)account["supportsHttpsTrafficOnly"]!);
    }

    [Theory]
    [InlineData(DeploymentShape.Serverless, new[] { "evidence", "app-package" })]
    [InlineData(DeploymentShape.SelfHosted, new[] { "evidence" })]
    public void Snapshot_EachShape_CreatesItsPrivateContainers(string shape, string[] expected)
    {
        var snapshot = infra.Snapshot(shape);
        var account = Name(snapshot.Single(AccountType));

        var containers = snapshot.OfType(ContainerType).Select(Name);

        Assert.Equal(expected.Select(name => $"{account}/default/{name}").Order(), containers.Order());
    }
}
