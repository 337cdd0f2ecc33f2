using System.Text.RegularExpressions;
using PostMortemFlow.Infra.Tests.Support;
using static PostMortemFlow.Infra.Tests.Support.Snapshot;

namespace PostMortemFlow.Infra.Tests;

[Collection(InfraCollection.Name)]
public sealed partial class AppSettingsTests(InfraFixture infra)
{
    private static readonly string[] CommonSecretSettings =
    [
        "Links__SigningKey", "Webhooks__AzureMonitor__Secret", "Webhooks__Alertmanager__BearerToken", "Webhooks__PagerDuty__SigningSecrets__0",
    ];

    [Theory]
    [EitherShape]
    public void Snapshot_EitherShape_HoldsNoKeyNorConnectionString(string shape)
    {
        var settings = infra.Snapshot(shape).AppSettings;

        Assert.All(settings, setting =>
        {
            Assert.DoesNotContain("AccountKey=", setting.Value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("SharedAccessSignature=", setting.Value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("DefaultEndpointsProtocol", setting.Value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("password=", setting.Value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("listKeys", setting.Value, StringComparison.OrdinalIgnoreCase);
        });
        Assert.DoesNotContain(settings.Keys, key => key.EndsWith("ConnectionString", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("AzureWebJobsStorage", settings.Keys);
    }

    [Theory]
    [EitherShape]
    public void Snapshot_EitherShape_CarriesNoParameterValueUnevaluated(string shape)
    {
        // Every plain parameter is evaluated in the snapshot; only secure ones stay as parameters('…').
        var settings = infra.Snapshot(shape).AppSettings;

        Assert.All(settings, setting => Assert.DoesNotContain("parameters(", setting.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Snapshot_Serverless_ConnectsTheTaskHubWithTheIdentity()
    {
        var snapshot = infra.Snapshot(DeploymentShape.Serverless);
        var settings = snapshot.AppSettings;

        Assert.Equal(Name(snapshot.Single("Microsoft.Storage/storageAccounts")), settings["AzureWebJobsStorage__accountName"]);
        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
    }

    [Fact]
    public void Snapshot_Serverless_SetsNoSettingFlexConsumptionRejects()
    {
        var settings = infra.Snapshot(DeploymentShape.Serverless).AppSettings;

        string[] rejected =
        [
            "FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_EXTENSION_VERSION", "WEBSITE_RUN_FROM_PACKAGE", "WEBSITE_CONTENTSHARE",
            "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", "WEBSITE_NODE_DEFAULT_VERSION", "SCM_DO_BUILD_DURING_DEPLOYMENT",
        ];
        Assert.Empty(settings.Keys.Intersect(rejected));
    }

    [Theory]
    [InlineData(DeploymentShape.Serverless, new string[0])]
    [InlineData(DeploymentShape.SelfHosted, new[] { "Graph__ClientSecret", "GitHub__Token", "Evidence__PagerDuty__Token", "Cluster__Redis" })]
    public void Snapshot_EachShape_ReadsEverySecretThroughAKeyVaultReference(string shape, string[] shapeSecrets)
    {
        var snapshot = infra.Snapshot(shape);
        var settings = snapshot.AppSettings;
        var vault = Name(snapshot.Single("Microsoft.KeyVault/vaults"));
        var secrets = snapshot.OfType("Microsoft.KeyVault/vaults/secrets").Select(secret => Name(secret)[(vault.Length + 1)..]).ToHashSet();

        var references = settings
            .Select(setting => (setting.Key, Value: ArmExpression.Resolve(setting.Value)))
            .Where(setting => setting.Value?.StartsWith("@Microsoft.KeyVault(", StringComparison.Ordinal) == true)
            .ToDictionary(setting => setting.Key, setting => setting.Value!);

        Assert.Equal(CommonSecretSettings.Concat(shapeSecrets).Order(), references.Keys.Order());
        Assert.All(references.Values, reference =>
        {
            var match = KeyVaultReference().Match(reference);
            Assert.True(match.Success, reference);
            Assert.Equal(vault, match.Groups["vault"].Value);
            Assert.Contains(match.Groups["secret"].Value, secrets);
        });
    }

    [Theory]
    [EitherShape]
    public void Snapshot_EitherShape_StoresEvidenceInBlobWithTheIdentity(string shape)
    {
        var snapshot = infra.Snapshot(shape);
        var settings = snapshot.AppSettings;
        var account = Name(snapshot.Single("Microsoft.Storage/storageAccounts"));

        Assert.Equal("Blob", settings["Evidence__Store"]);
        Assert.Equal($"https://{account}.blob.core.windows.net", ArmExpression.Literal(settings["Evidence__Blob__AccountUrl"]));
        Assert.Equal("evidence", settings["Evidence__Blob__Container"]);
        Assert.DoesNotContain("Evidence__Blob__ConnectionString", settings.Keys);
    }

    [Theory]
    [EitherShape]
    public void Snapshot_EitherShape_QueriesTheDeployedWorkspaceByItsGuid(string shape)
    {
        var snapshot = infra.Snapshot(shape);
        var workspace = Id(snapshot.Single("Microsoft.OperationalInsights/workspaces"));

        Assert.Equal(
            $"[reference('{workspace}', '2025-07-01').customerId]",
            snapshot.AppSettings["Evidence__LogAnalytics__WorkspaceId"]);
    }

    [Theory]
    [EitherShape]
    public void Snapshot_EitherShape_ExportsToApplicationInsights(string shape)
    {
        var snapshot = infra.Snapshot(shape);
        var insights = snapshot.Single("Microsoft.Insights/components");

        Assert.Equal(
            $"[reference('{Id(insights)}', '2020-02-02').ConnectionString]",
            snapshot.AppSettings["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        Assert.Equal(Id(snapshot.Single("Microsoft.OperationalInsights/workspaces")), Text(Properties(insights)["WorkspaceResourceId"]));
    }

    [Theory]
    [EitherShape]
    public void Snapshot_EitherShape_PointsReviewLinksAtTheAppHost(string shape)
    {
        var snapshot = infra.Snapshot(shape);
        var site = Id(snapshot.Single("Microsoft.Web/sites"));

        Assert.Equal($"[format('https://{{0}}', reference('{site}', '2025-03-01').defaultHostName)]", snapshot.AppSettings["Links__PublicBaseUrl"]);
    }

    [Theory]
    [InlineData(DeploymentShape.Serverless, "Planner")]
    [InlineData(DeploymentShape.SelfHosted, "GitHub")]
    public void Snapshot_EitherShape_PublishesThroughGraphSharePointAndTheTicketProvider(string shape, string tickets)
    {
        var settings = infra.Snapshot(shape).AppSettings;

        Assert.Equal("Graph", settings["Email__Provider"]);
        Assert.Equal("SharePoint", settings["Reports__Provider"]);
        Assert.Equal("Graph", settings["Calendar__Provider"]);
        Assert.Equal(tickets, settings["Tickets__Provider"]);
        Assert.Equal(InfraFixture.TenantId, settings["Graph__TenantId"]);
        Assert.Equal("postmortems@contoso.example", settings["Graph__SenderMailbox"]);
        Assert.StartsWith("contoso.sharepoint.com,", settings["SharePoint__SiteId"], StringComparison.Ordinal);
    }

    [Fact]
    public void Snapshot_NoGraphClientId_CallsGraphWithTheManagedIdentity()
    {
        var settings = infra.Snapshot(DeploymentShape.Serverless).AppSettings;

        Assert.Equal("true", settings["Graph__UseDefaultCredential"]);
        Assert.DoesNotContain("Graph__ClientId", settings.Keys);
        Assert.DoesNotContain("Graph__ClientSecret", settings.Keys);
    }

    [Fact]
    public void Snapshot_GraphClientIdGiven_CallsGraphWithTheClientSecretFromTheVault()
    {
        var settings = infra.Snapshot(DeploymentShape.SelfHosted).AppSettings;

        Assert.Equal(DeploymentShape.GraphClientId, settings["Graph__ClientId"]);
        Assert.EndsWith("/secrets/graph-client-secret/)", ArmExpression.Literal(settings["Graph__ClientSecret"]), StringComparison.Ordinal);
        Assert.DoesNotContain("Graph__UseDefaultCredential", settings.Keys);
    }

    [Fact]
    public void Snapshot_SelfHosted_ClustersOnRedisFromTheVault()
    {
        var settings = infra.Snapshot(DeploymentShape.SelfHosted).AppSettings;

        Assert.Equal("Redis", settings["Cluster__Mode"]);
        Assert.EndsWith("/secrets/cluster-redis/)", ArmExpression.Literal(settings["Cluster__Redis"]), StringComparison.Ordinal);
        Assert.Equal("postmortemflow", settings["Cluster__ClusterId"]);
        Assert.Equal("postmortemflow", settings["Cluster__ServiceId"]);
        Assert.Equal("/home/data", settings["Storage__DataPath"]);
        Assert.Equal("/readyz", settings["WEBSITE_WARMUP_PATH"]);
        Assert.Equal("200", settings["WEBSITE_WARMUP_STATUSES"]);
        Assert.DoesNotContain("ASPNETCORE_URLS", settings.Keys);
        Assert.DoesNotContain("AzureWebJobsStorage__accountName", settings.Keys);
    }

    [Theory]
    [InlineData(DeploymentShape.Serverless, new[] { "uploads", "loganalytics", "azuremetrics" })]
    [InlineData(DeploymentShape.SelfHosted, new[] { "uploads", "loganalytics", "azuremetrics", "pagerduty" })]
    public void Snapshot_EachShape_IndexesListsAsConfigurationArrays(string shape, string[] sources)
    {
        var settings = infra.Snapshot(shape).AppSettings;

        Assert.Equal(sources, settings.Where(s => s.Key.StartsWith("Evidence__Sources__", StringComparison.Ordinal))
            .OrderBy(s => int.Parse(s.Key["Evidence__Sources__".Length..], System.Globalization.CultureInfo.InvariantCulture))
            .Select(s => s.Value));
        Assert.Equal("sre-lead@contoso.example", settings["Intake__Authors__0"]);
        Assert.Equal("reviewer@contoso.example", settings["Intake__Reviewers__0"]);
        Assert.Equal("vp-engineering@contoso.example", settings["Intake__Sponsor"]);
    }

    [GeneratedRegex(@"^@Microsoft\.KeyVault\(SecretUri=https://(?<vault>[a-z0-9-]+)\.vault\.azure\.net/secrets/(?<secret>[a-z0-9-]+)/\)$")]
    private static partial Regex KeyVaultReference();
}
