using PostMortemFlow.Infra.Tests.Support;
using static PostMortemFlow.Infra.Tests.Support.Snapshot;

namespace PostMortemFlow.Infra.Tests;

/// <summary>The drafting suggestions' Azure OpenAI, in either shape: keys off, one deployment, its settings for the app.</summary>
[Collection(InfraCollection.Name)]
public sealed class DraftingTests(InfraFixture infra)
{
    [Theory]
    [EitherShape]
    public void Snapshot_EitherShape_DeploysTheModelWithLocalKeysOff_AndPointsTheAppAtIt(string shape)
    {
        var snapshot = infra.Snapshot(shape);

        var account = snapshot.Single("Microsoft.CognitiveServices/accounts");
        Assert.Equal("OpenAI", Text(account["kind"]));
        Assert.Equal("true", Properties(account)["disableLocalAuth"]!.ToJsonString());
        var deployment = snapshot.Single("Microsoft.CognitiveServices/accounts/deployments");
        Assert.Equal(DeploymentShape.DraftingModel, Text(Properties(deployment)["model"]!["name"]));
        var settings = snapshot.AppSettings;
        Assert.Equal("AzureOpenAI", settings["Drafting__Provider"]);
        Assert.Equal("drafting", settings["Drafting__Model"]);
        Assert.Contains(Name(account), settings["Drafting__Endpoint"], StringComparison.Ordinal);
        Assert.DoesNotContain(settings.Keys, key => key.StartsWith("Drafting__ApiKey", StringComparison.Ordinal));
    }
}
