using PostMortemFlow.Infra.Tests.Support;
using static PostMortemFlow.Infra.Tests.Support.Snapshot;

namespace PostMortemFlow.Infra.Tests;

[Collection(InfraCollection.Name)]
public sealed class SiteTests(InfraFixture infra)
{
    private const string SiteType = "Microsoft.Web/sites";
    private const string PlanType = "Microsoft.Web/serverfarms";

    [Theory]
    [EitherShape]
    public void Snapshot_EitherShape_ServesHttpsOnlyWithTls12AndNoFtp(string shape)
    {
        var site = Properties(infra.Snapshot(shape).Single(SiteType));
        var config = site["siteConfig"]!.AsObject();

        Assert.True((bool)site["httpsOnly"]!);
        Assert.Equal("1.2", Text(config["minTlsVersion"]));
        Assert.Equal("1.2", Text(config["scmMinTlsVersion"]));
        Assert.Equal("Disabled", Text(config["ftpsState"]));
    }

    [Theory]
    [EitherShape]
    public void Snapshot_EitherShape_TurnsOffBasicAuthPublishing(string shape)
    {
        var snapshot = infra.Snapshot(shape);
        var site = Name(snapshot.Single(SiteType));

        var policies = snapshot.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();

        Assert.Equal(new[] { $"{site}/ftp", $"{site}/scm" }, policies.Select(Name).Order());
        Assert.All(policies, policy => Assert.False((bool)Properties(policy)["allow"]!));
    }

    [Theory]
    [EitherShape]
    public void Snapshot_EitherShape_HasASystemAssignedIdentityThatResolvesKeyVaultReferences(string shape)
    {
        var site = infra.Snapshot(shape).Single(SiteType);

        Assert.Equal("SystemAssigned", Text(site["identity"]!["type"]));
        Assert.Equal("SystemAssigned", Text(Properties(site)["keyVaultReferenceIdentity"]));
    }

    [Fact]
    public void Snapshot_Serverless_RunsIsolatedDotnet10OnFlexConsumption()
    {
        var snapshot = infra.Snapshot(DeploymentShape.Serverless);
        var plan = snapshot.Single(PlanType);
        var site = snapshot.Single(SiteType);
        var functions = Properties(site)["functionAppConfig"]!;

        Assert.Equal("FC1", Text(plan["sku"]!["name"]));
        Assert.Equal("FlexConsumption", Text(plan["sku"]!["tier"]));
        Assert.Equal("functionapp,linux", Text(site["kind"]));
        Assert.Equal(Id(plan), Text(Properties(site)["serverFarmId"]));
        Assert.Equal("dotnet-isolated", Text(functions["runtime"]!["name"]));
        Assert.Equal("10.0", Text(functions["runtime"]!["version"]));
    }

    [Fact]
    public void Snapshot_Serverless_ReadsTheDeploymentPackageWithTheIdentity()
    {
        var snapshot = infra.Snapshot(DeploymentShape.Serverless);
        var account = Name(snapshot.Single("Microsoft.Storage/storageAccounts"));
        var storage = Properties(snapshot.Single(SiteType))["functionAppConfig"]!["deployment"]!["storage"]!;

        Assert.Equal("blobContainer", Text(storage["type"]));
        Assert.Equal($"https://{account}.blob.core.windows.net/app-package", ArmExpression.Literal(Text(storage["value"])));
        Assert.Equal("SystemAssignedIdentity", Text(storage["authentication"]!["type"]));
    }

    [Fact]
    public void Snapshot_SelfHosted_RunsTwoLinuxDotnet10InstancesOfTheServer()
    {
        var snapshot = infra.Snapshot(DeploymentShape.SelfHosted);
        var plan = snapshot.Single(PlanType);
        var site = snapshot.Single(SiteType);
        var config = Properties(site)["siteConfig"]!;

        Assert.Equal(2, (int)plan["sku"]!["capacity"]!);
        Assert.True((bool)Properties(plan)["reserved"]!);
        Assert.Equal("app,linux", Text(site["kind"]));
        Assert.Equal("DOTNETCORE|10.0", Text(config["linuxFxVersion"]));
        Assert.Equal("dotnet PostMortemFlow.Server.dll", Text(config["appCommandLine"]));
        Assert.True((bool)config["alwaysOn"]!);
        Assert.Equal("/healthz", Text(config["healthCheckPath"]));
        Assert.False((bool)Properties(site)["clientAffinityEnabled"]!);
    }

    [Fact]
    public void Build_InstanceCountParameter_RejectsFewerThanTwo()
    {
        var instanceCount = infra.Template["parameters"]!["instanceCount"]!;

        Assert.Equal(2, (int)instanceCount["minValue"]!);
        Assert.Equal(2, (int)instanceCount["defaultValue"]!);
    }

    [Fact]
    public void Snapshot_SelfHosted_JoinsTheDelegatedSubnetWithTwoPrivatePorts()
    {
        var snapshot = infra.Snapshot(DeploymentShape.SelfHosted);
        var vnet = snapshot.Single("Microsoft.Network/virtualNetworks");
        var site = Properties(snapshot.Single(SiteType));

        Assert.Equal($"{Id(vnet)}/subnets/apps", Text(site["virtualNetworkSubnetId"]));
        Assert.Equal(2, (int)site["siteConfig"]!["vnetPrivatePortsCount"]!);
        var apps = Assert.Single(Properties(vnet)["subnets"]!.AsArray(), subnet => Text(subnet!["name"]) == "apps")!;
        var delegation = Assert.Single(apps["properties"]!["delegations"]!.AsArray())!;
        Assert.Equal("Microsoft.Web/serverFarms", Text(delegation["properties"]!["serviceName"]));
    }

    [Fact]
    public void Snapshot_Serverless_DeploysNoNetworkNorRedis()
    {
        var types = infra.Snapshot(DeploymentShape.Serverless).Resources.Select(resource => Text(resource["type"])).ToList();

        Assert.DoesNotContain(types, type => type.StartsWith("Microsoft.Network/", StringComparison.Ordinal));
        Assert.DoesNotContain(types, type => type.StartsWith("Microsoft.Cache/", StringComparison.Ordinal));
    }
}
