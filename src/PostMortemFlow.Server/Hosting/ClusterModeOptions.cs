using System.Net;
using Microsoft.Extensions.Options;

namespace PostMortemFlow.Server.Hosting;

/// <summary>Settings <c>Cluster:*</c>: how the Orleans silo in this process finds its state and its peers.</summary>
public sealed class ClusterModeOptions
{
    public const string Section = "Cluster";

    public ClusterMode Mode { get; set; } = ClusterMode.Embedded;

    /// <summary>The Redis connection string (<c>Cluster:Redis</c>), required in Redis mode.</summary>
    public string? Redis { get; set; }

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos reach this one on; in Redis mode defaults to this host's address.</summary>
    public string? AdvertisedAddress { get; set; }

    public string ClusterId { get; set; } = "postmortemflow";

    public string ServiceId { get; set; } = "postmortemflow";

    /// <summary>The address and ports this silo is reached on: the configured ones, else App Service's private network's.</summary>
    public (IPAddress? Address, int SiloPort, int GatewayPort) Endpoint(AppServicePrivateNetwork platform)
    {
        if (AdvertisedAddress is { } advertised)
        {
            return (IPAddress.Parse(advertised), SiloPort, GatewayPort);
        }
        if (platform.PrivateIp is { } ip && IPAddress.TryParse(ip, out var address) && platform.Ports is [var silo, var gateway, ..])
        {
            return (address, silo, gateway);
        }
        return (null, SiloPort, GatewayPort);
    }
}

public sealed class ClusterModeOptionsValidator : IValidateOptions<ClusterModeOptions>
{
    public ValidateOptionsResult Validate(string? name, ClusterModeOptions options) =>
        options.Mode == ClusterMode.Redis && string.IsNullOrWhiteSpace(options.Redis)
            ? ValidateOptionsResult.Fail("Cluster:Redis (a connection string) is required when Cluster:Mode is Redis.")
            : ValidateOptionsResult.Success;
}
