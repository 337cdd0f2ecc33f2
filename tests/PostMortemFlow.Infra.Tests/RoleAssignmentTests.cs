using PostMortemFlow.Infra.Tests.Support;
using static PostMortemFlow.Infra.Tests.Support.Snapshot;

namespace PostMortemFlow.Infra.Tests;

[Collection(InfraCollection.Name)]
public sealed class RoleAssignmentTests(InfraFixture infra)
{
    private const string BlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string QueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string TableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
    private const string LogAnalyticsReader = "73c42c96-874c-492b-b04d-ab87d138a893";
    private const string MonitoringReader = "43d0d8ad-25c7-4714-9337-8ba259a9fe05";
    private const string OpenAIUser = "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd";

    private const string Segment = "/providers/Microsoft.Authorization/roleAssignments/";

    [Fact]
    public void Snapshot_Serverless_GrantsBlobQueueAndTableDataContributorOnTheAccount()
    {
        var snapshot = infra.Snapshot(DeploymentShape.Serverless);

        Assert.Equal(
            new[] { BlobDataContributor, QueueDataContributor, TableDataContributor }.Order(),
            RolesOn(snapshot, Id(snapshot.Single("Microsoft.Storage/storageAccounts"))).Order());
    }

    [Fact]
    public void Snapshot_SelfHosted_GrantsOnlyBlobDataContributorOnTheAccount()
    {
        var snapshot = infra.Snapshot(DeploymentShape.SelfHosted);

        Assert.Equal([BlobDataContributor], RolesOn(snapshot, Id(snapshot.Single("Microsoft.Storage/storageAccounts"))));
    }

    [Theory]
    [InlineData(DeploymentShape.Serverless, "Microsoft.KeyVault/vaults", KeyVaultSecretsUser)]
    [InlineData(DeploymentShape.SelfHosted, "Microsoft.KeyVault/vaults", KeyVaultSecretsUser)]
    [InlineData(DeploymentShape.Serverless, "Microsoft.OperationalInsights/workspaces", LogAnalyticsReader)]
    [InlineData(DeploymentShape.SelfHosted, "Microsoft.OperationalInsights/workspaces", LogAnalyticsReader)]
    [InlineData(DeploymentShape.Serverless, "Microsoft.CognitiveServices/accounts", OpenAIUser)]
    [InlineData(DeploymentShape.SelfHosted, "Microsoft.CognitiveServices/accounts", OpenAIUser)]
    public void Snapshot_EitherShape_GrantsOnlyTheReaderRoleOnTheVaultAndTheEvidenceWorkspace(string shape, string type, string role)
    {
        var snapshot = infra.Snapshot(shape);

        Assert.Equal([role], RolesOn(snapshot, Id(snapshot.Single(type))));
    }

    [Theory]
    [EitherShape]
    public void Snapshot_EitherShape_GrantsMonitoringReaderOnTheResourceGroupOfTheMetrics(string shape)
    {
        Assert.Equal([MonitoringReader], RolesOn(infra.Snapshot(shape), InfraFixture.ResourceGroupId));
    }

    [Theory]
    [InlineData(DeploymentShape.Serverless, 7)]
    [InlineData(DeploymentShape.SelfHosted, 5)]
    public void Snapshot_EachShape_GrantsNothingElseAndOnlyToTheAppIdentity(string shape, int expected)
    {
        var snapshot = infra.Snapshot(shape);
        var site = Id(snapshot.Single("Microsoft.Web/sites"));
        var assignments = snapshot.OfType("Microsoft.Authorization/roleAssignments").ToList();

        Assert.Equal(expected, assignments.Count);
        Assert.All(assignments, assignment =>
        {
            var properties = Properties(assignment);
            Assert.Equal($"[reference('{site}', '2025-03-01', 'full').identity.principalId]", Text(properties["principalId"]));
            Assert.Equal("ServicePrincipal", Text(properties["principalType"]));
            Assert.StartsWith(
                $"/subscriptions/{InfraFixture.SubscriptionId}/providers/Microsoft.Authorization/roleDefinitions/",
                Text(properties["roleDefinitionId"]),
                StringComparison.Ordinal);
        });
    }

    private static List<string> RolesOn(Snapshot snapshot, string scope) =>
        snapshot.OfType("Microsoft.Authorization/roleAssignments")
            .Where(assignment => Id(assignment).StartsWith(scope + Segment, StringComparison.Ordinal))
            .Select(assignment => Text(Properties(assignment)["roleDefinitionId"]).Split('/')[^1])
            .ToList();
}
