using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PostMortemFlow.Server.Tests.TestData;

namespace PostMortemFlow.Server.Tests.Api;

/// <summary>The real server (embedded mode) in memory, on its own data folder and silo ports, with timers that never fire during a test; a subclass adds settings.</summary>
public class ServerFactory : WebApplicationFactory<Program>
{
    public string DataPath { get; } = Directory.CreateTempSubdirectory("pmf-api-").FullName;

    /// <summary>Settings a test adds on top of the defaults, e.g. an evidence source.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Cluster:SiloPort", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Cluster:GatewayPort", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Workflow:RetryInitialDelay", "00:00:00.200");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(DataPath, recursive: true);
    }
}
