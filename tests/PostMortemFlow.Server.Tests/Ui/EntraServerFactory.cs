using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PostMortemFlow.Server.Tests.TestData;

namespace PostMortemFlow.Server.Tests.Ui;

/// <summary>The real server with Entra ID sign-in configured against <see cref="FakeOpenIdProvider"/>; requests with <see cref="TestUserHandler.Header"/> are signed in.</summary>
public sealed class EntraServerFactory : WebApplicationFactory<Program>
{
    public const string ClientId = "11111111-2222-3333-4444-555555555555";

    public FakeOpenIdProvider Provider { get; } = new();

    public string DataPath { get; } = Directory.CreateTempSubdirectory("pmf-entra-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Cluster:SiloPort", FreePort.Next().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Cluster:GatewayPort", FreePort.Next().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("AzureAd:Instance", Provider.Instance);
        builder.UseSetting("AzureAd:TenantId", FakeOpenIdProvider.Tenant);
        builder.UseSetting("AzureAd:ClientId", ClientId);
        builder.UseSetting("AzureAd:ClientSecret", "not-a-real-secret");
        builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestUserHandler>(TestUserHandler.SchemeName, _ => { });
            services.PostConfigure<AuthenticationOptions>(o => o.DefaultAuthenticateScheme = TestUserHandler.SchemeName);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Provider.Dispose();
        Directory.Delete(DataPath, recursive: true);
    }
}
