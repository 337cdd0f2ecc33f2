using Microsoft.Extensions.Configuration;

namespace PostMortemFlow.Server.Hosting;

/// <summary>
/// What Azure App Service tells an instance on a virtual network (<c>vnetPrivatePortsCount</c>): its private address
/// and the ports other instances reach it on. Silos use them when <c>Cluster:AdvertisedAddress</c> is not set.
/// </summary>
public sealed class AppServicePrivateNetwork
{
    [ConfigurationKeyName("WEBSITE_PRIVATE_IP")]
    public string? PrivateIp { get; set; }

    /// <summary>"silo,gateway", e.g. <c>20000,20001</c>.</summary>
    [ConfigurationKeyName("WEBSITE_PRIVATE_PORTS")]
    public string? PrivatePorts { get; set; }

    public int[] Ports => (PrivatePorts ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(p => int.TryParse(p, out var port) ? port : 0).Where(p => p > 0).ToArray();
}
