using PostMortemFlow.Infra.Tests.Support;
using static PostMortemFlow.Infra.Tests.Support.Snapshot;

namespace PostMortemFlow.Infra.Tests;

[Collection(InfraCollection.Name)]
public sealed class KeyVaultTests(InfraFixture infra)
{
    private const string VaultType = "Microsoft.KeyVault/vaults";
    private const string SecretType = "Microsoft.KeyVault/vaults/secrets";

    [Theory]
    [EitherShape]
    public void Snapshot_EitherShape_VaultAuthorizesWithRbacAndKeepsDeletedSecrets(string shape)
    {
        var vault = Properties(infra.Snapshot(shape).Single(VaultType));

        Assert.True((bool)vault["enableRbacAuthorization"]!);
        Assert.True((bool)vault["enableSoftDelete"]!);
        Assert.True((bool)vault["enablePurgeProtection"]!);
    }

    [Theory]
    [InlineData(DeploymentShape.Serverless, new[]
    {
        "links-signing-key", "webhooks-azure-monitor-secret", "webhooks-alertmanager-bearer-token", "webhooks-pagerduty-signing-secret",
    })]
    [InlineData(DeploymentShape.SelfHosted, new[]
    {
        "links-signing-key", "webhooks-azure-monitor-secret", "webhooks-alertmanager-bearer-token", "webhooks-pagerduty-signing-secret",
        "graph-client-secret", "github-token", "pagerduty-api-token", "cluster-redis",
    })]
    public void Snapshot_EachShape_StoresExactlyTheSecretsItNeeds(string shape, string[] expected)
    {
        var snapshot = infra.Snapshot(shape);
        var vault = Name(snapshot.Single(VaultType));

        var secrets = snapshot.OfType(SecretType).Select(Name);

        Assert.Equal(expected.Select(name => $"{vault}/{name}").Order(), secrets.Order());
    }

    [Theory]
    [EitherShape]
    public void Snapshot_EitherShape_SecretValuesComeFromSecureParametersOnly(string shape)
    {
        var snapshot = infra.Snapshot(shape);
        var vault = Name(snapshot.Single(VaultType));

        foreach (var secret in snapshot.OfType(SecretType).Where(secret => Name(secret) != $"{vault}/cluster-redis"))
        {
            var secretName = Name(secret)[(vault.Length + 1)..];
            Assert.Equal($"[parameters('secretValues')['{secretName}']]", Text(Properties(secret)["value"]));
        }
        var secureValues = infra.Template["resources"]!["vault"]!["properties"]!["parameters"]!["secretValues"]!["value"]!.AsObject();
        Assert.Equal(7, secureValues.Count);
        Assert.All(secureValues, pair => Assert.Matches(@"^\[parameters\('\w+'\)\]$", Text(pair.Value)));
    }
}
