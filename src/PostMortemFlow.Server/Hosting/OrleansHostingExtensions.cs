using System.Net;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Storage;
using PostMortemFlow.Server.Features.Catalog;
using PostMortemFlow.Server.Features.Incidents;
using PostMortemFlow.Server.Persistence.Sqlite;
using StackExchange.Redis;

namespace PostMortemFlow.Server.Hosting;

public static class OrleansHostingExtensions
{
    /// <summary>Starts the Orleans silo in this process, in the run mode the configuration names.</summary>
    public static WebApplicationBuilder AddWorkflowEngine(this WebApplicationBuilder builder)
    {
        var cluster = builder.Configuration.GetSection(ClusterModeOptions.Section).Get<ClusterModeOptions>() ?? new ClusterModeOptions();
        var validation = new ClusterModeOptionsValidator().Validate(null, cluster);
        if (validation.Failed)
        {
            throw new OptionsValidationException(ClusterModeOptions.Section, typeof(ClusterModeOptions), validation.Failures);
        }
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section);
        builder.Services.AddOptions<ClusterModeOptions>().BindConfiguration(ClusterModeOptions.Section);

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (cluster.ClusterId, cluster.ServiceId));
            silo.Configure<ReminderOptions>(builder.Configuration.GetSection("Cluster:Reminders"));
            silo.Configure<ClusterMembershipOptions>(builder.Configuration.GetSection("Cluster:Membership"));
            if (cluster.Mode == ClusterMode.Redis)
            {
                UseRedis(silo, cluster);
            }
            else
            {
                silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort);
                silo.AddSqlitePersistence(storage.DatabasePath);
                silo.Services.AddSingleton<IPostMortemCatalog, SqlitePostMortemCatalog>();
                silo.Services.AddSingleton<IIncidentCatalog, SqliteIncidentCatalog>();
            }
        });
        return builder;
    }

    private static void UseRedis(ISiloBuilder silo, ClusterModeOptions cluster)
    {
        var connection = cluster.Redis!;
        if (cluster.AdvertisedAddress is { } address)
        {
            silo.ConfigureEndpoints(IPAddress.Parse(address), cluster.SiloPort, cluster.GatewayPort, listenOnAnyHostAddress: false);
        }
        else
        {
            silo.ConfigureEndpoints(cluster.SiloPort, cluster.GatewayPort);
        }
        silo.UseRedisClustering(connection);
        silo.AddRedisGrainStorageAsDefault(options => options.Configure<IServiceProvider>((o, services) =>
        {
            o.ConfigurationOptions = ConfigurationOptions.Parse(connection);
            // The same serializer as the embedded mode: the Domain records need no generated codecs in JSON.
            o.GrainStorageSerializer = ActivatorUtilities.CreateInstance<SystemTextJsonGrainStorageSerializer>(services);
        }));
        silo.UseRedisReminderService(o => o.ConfigurationOptions = ConfigurationOptions.Parse(connection));
        silo.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(connection));
        silo.Services.AddSingleton<IPostMortemCatalog, RedisPostMortemCatalog>();
        silo.Services.AddSingleton<IIncidentCatalog, RedisIncidentCatalog>();
    }
}
