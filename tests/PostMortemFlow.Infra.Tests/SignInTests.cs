using PostMortemFlow.Infra.Tests.Support;
using static PostMortemFlow.Infra.Tests.Support.Snapshot;

namespace PostMortemFlow.Infra.Tests;

/// <summary>With a sign-in app registration, App Service authentication runs in front of the Functions app and the app reads its principal.</summary>
[Collection(InfraCollection.Name)]
public sealed class SignInTests(InfraFixture infra)
{
    private const string AuthSettingsType = "Microsoft.Web/sites/config";

    [Fact]
    public void Snapshot_Serverless_WithASignInClientId_TurnsOnAppServiceAuthenticationWithEntra_LettingAnonymousCallsReachTheApp()
    {
        var snapshot = infra.Snapshot(DeploymentShape.Serverless);
        var site = Name(snapshot.Single("Microsoft.Web/sites"));

        var auth = Properties(snapshot.OfType(AuthSettingsType).Single(c => Name(c) == $"{site}/authsettingsV2"));

        Assert.True((bool)auth["platform"]!["enabled"]!);
        // The app answers 401 on the people's API itself; webhooks and review links have no Entra user.
        Assert.False((bool)auth["globalValidation"]!["requireAuthentication"]!);
        Assert.Equal("AllowAnonymous", Text(auth["globalValidation"]!["unauthenticatedClientAction"]));
        var entra = auth["identityProviders"]!["azureActiveDirectory"]!;
        Assert.Equal(DeploymentShape.SignInClientId, Text(entra["registration"]!["clientId"]));
        // The cloud's sign-in endpoint (left as an expression by the snapshot) and the deployment's tenant, v2.0 tokens.
        var issuer = Text(entra["registration"]!["openIdIssuer"]);
        Assert.Contains("environment().authentication.loginEndpoint", issuer, StringComparison.Ordinal);
        Assert.Contains("/v2.0", issuer, StringComparison.Ordinal);
        Assert.Contains(DeploymentShape.SignInClientId, entra["validation"]!["allowedAudiences"]!.AsArray().Select(a => Text(a)));
        Assert.False((bool)auth["login"]!["tokenStore"]!["enabled"]!);
        Assert.Equal("AppService", snapshot.AppSettings["Functions__SignIn"]);
    }

    [Fact]
    public void Snapshot_SelfHosted_HasNoAppServiceAuthentication()
    {
        var snapshot = infra.Snapshot(DeploymentShape.SelfHosted);

        Assert.DoesNotContain(snapshot.OfType(AuthSettingsType), c => Name(c).EndsWith("/authsettingsV2", StringComparison.Ordinal));
        Assert.DoesNotContain("Functions__SignIn", snapshot.AppSettings.Keys);
    }
}
