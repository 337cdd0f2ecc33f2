using Microsoft.Extensions.Options;
using OpenTelemetry.Trace;
using Orleans.Configuration;
using Orleans.Serialization;
using PostMortemFlow.Application.Library;
using PostMortemFlow.Application.People;
using PostMortemFlow.Integrations.Settings;
using PostMortemFlow.Server.Features.Catalog;
using PostMortemFlow.Server.Features.Incidents;
using PostMortemFlow.Server.Features.Library;
using PostMortemFlow.Server.Features.PostMortems;
using PostMortemFlow.Server.Persistence.Sqlite;
using StackExchange.Redis;

namespace PostMortemFlow.Server.Hosting;

public static class OrleansHostingExtensions
{
    private const string OrleansApplicationSource = "Microsoft.Orleans.Application";

    /// <summary>
    /// Starts the Orleans silo in this process, in the run mode <c>Cluster:*</c> names, and gives the HTTP surface its
    /// workflow (<see cref="IPostMortemWorkflow"/>) and intake (<see cref="IIncidentIntake"/>) on top of the grains.
    /// </summary>
    public static WebApplicationBuilder AddWorkflowEngine(this WebApplicationBuilder builder)
    {
        // The silo's shape is needed before the host is built, so these two are read here, once, then validated like the rest.
        var cluster = builder.Configuration.GetSection(ClusterModeOptions.Section).Get<ClusterModeOptions>() ?? new ClusterModeOptions();
        var validation = new ClusterModeOptionsValidator().Validate(null, cluster);
        if (validation.Failed)
        {
            throw new OptionsValidationException(ClusterModeOptions.Section, typeof(ClusterModeOptions), validation.Failures);
        }
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        builder.Services.AddOptions<ClusterModeOptions>().BindConfiguration(ClusterModeOptions.Section);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<OrleansPostMortemWorkflow>();
        // Pages and API act as the request's user; work outside a request (no HttpContext) is nobody's and sees everything.
        builder.Services.AddSingleton<IPostMortemWorkflow>(sp => new VisibleWorkflow(sp.GetRequiredService<OrleansPostMortemWorkflow>(),
            () => Viewers.Of(sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User)));
        builder.Services.AddSingleton<IIncidentIntake, OrleansIncidentIntake>();
        builder.Services.AddSingleton<LibraryBackfill>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<LibraryBackfill>());
        // One node may keep a generated link-signing key; several must share a configured one.
        builder.Services.PostConfigure<ReviewLinkOptions>(o => o.GeneratedKeyPath ??= cluster.Mode == ClusterMode.Embedded
            ? Path.Combine(storage.DataPath, "keys", "review-links.key")
            : null);
        // Stored state written before a member was renamed (only in case) still reads.
        builder.Services.Configure<SystemTextJsonGrainStorageSerializerOptions>(o => o.JsonSerializerOptions.PropertyNameCaseInsensitive = true);
        // Grain calls carry the caller's trace, so a request's span is the parent of the workflow command's (when tracing is on).
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddSource(OrleansApplicationSource));

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (cluster.ClusterId, cluster.ServiceId));
            silo.Configure<ReminderOptions>(builder.Configuration.GetSection("Cluster:Reminders"));
            silo.Configure<ClusterMembershipOptions>(builder.Configuration.GetSection("Cluster:Membership"));
            silo.AddActivityPropagation();
            if (cluster.Mode == ClusterMode.Redis)
            {
                UseRedis(silo, cluster, builder.Configuration.Get<AppServicePrivateNetwork>() ?? new AppServicePrivateNetwork());
            }
            else
            {
                silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort);
                silo.AddSqlitePersistence(storage.DatabasePath);
                silo.Services.AddSingleton<IPostMortemCatalog, SqlitePostMortemCatalog>();
                silo.Services.AddSingleton<ILibraryIndex, SqliteLibraryIndex>();
                silo.Services.AddSingleton<IIncidentCatalog, SqliteIncidentCatalog>();
            }
        });
        return builder;
    }

    private static void UseRedis(ISiloBuilder silo, ClusterModeOptions cluster, AppServicePrivateNetwork platform)
    {
        var connection = cluster.Redis!;
        var (address, siloPort, gatewayPort) = cluster.Endpoint(platform);
        if (address is not null)
        {
            silo.ConfigureEndpoints(address, siloPort, gatewayPort, listenOnAnyHostAddress: false);
        }
        else
        {
            silo.ConfigureEndpoints(siloPort, gatewayPort);
        }
        silo.UseRedisClustering(connection);
        silo.AddRedisGrainStorageAsDefault(options => options.Configure<IServiceProvider>((o, services) =>
        {
            o.ConfigurationOptions = ConfigurationOptions.Parse(connection);
            // The same serializer as the embedded mode: the Domain records need no generated codecs in JSON.
            o.GrainStorageSerializer = ActivatorUtilities.CreateInstance<Orleans.Storage.SystemTextJsonGrainStorageSerializer>(services);
        }));
        silo.UseRedisReminderService(o => o.ConfigurationOptions = ConfigurationOptions.Parse(connection));
        silo.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(connection));
        silo.Services.AddSingleton<IPostMortemCatalog, RedisPostMortemCatalog>();
        silo.Services.AddSingleton<ILibraryIndex, RedisLibraryIndex>();
        silo.Services.AddSingleton<IIncidentCatalog, RedisIncidentCatalog>();
    }
}
