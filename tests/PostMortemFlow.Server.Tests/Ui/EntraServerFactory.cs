using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PostMortemFlow.Server.Tests.TestData;

namespace PostMortemFlow.Server.Tests.Ui;

/// <summary>The real server with Entra ID sign-in configured against <see cref="FakeOpenIdProvider"/>; requests with <see cref="TestUserHandler.Header"/> are signed in.</summary>
public class EntraServerFactory : WebApplicationFactory<Program>
{
    public const string ClientId = "11111111-2222-3333-4444-555555555555";

    public FakeOpenIdProvider Provider { get; } = new();

    public string DataPath { get; } = Directory.CreateTempSubdirectory("pmf-entra-").FullName;

    /// <summary>Whether <see cref="TestUserHandler.Header"/> signs a request in; without it only the provider's sign-in flow does.</summary>
    protected virtual bool SignsInTestUsers => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Cluster:SiloPort", FreePort.Next().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Cluster:GatewayPort", FreePort.Next().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("AzureAd:Instance", Provider.Instance);
        builder.UseSetting("AzureAd:TenantId", FakeOpenIdProvider.Tenant);
        builder.UseSetting("AzureAd:ClientId", ClientId);
        builder.UseSetting("AzureAd:ClientSecret", "not-a-real-secret");
        if (!SignsInTestUsers)
        {
            return;
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestUserHandler>(TestUserHandler.SchemeName, _ => { });
            services.PostConfigure<AuthenticationOptions>(o => o.DefaultAuthenticateScheme = TestUserHandler.SchemeName);
        });
    }

    /// <summary>A client signed in as <paramref name="user"/>, that sees redirects as they are.</summary>
    public HttpClient ClientAs(string user)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestUserHandler.Header, user);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Provider.Dispose();
        Directory.Delete(DataPath, recursive: true);
    }
}
