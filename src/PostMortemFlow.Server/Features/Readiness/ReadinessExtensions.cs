using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Server.Hosting;
using PostMortemFlow.Server.Persistence.Sqlite;
using StackExchange.Redis;

namespace PostMortemFlow.Server.Features.Readiness;

/// <summary>
/// <c>GET /readyz</c>: whether this instance can do its work — the state store, this silo in the cluster membership, the
/// artifact store. 200 when every check passes, else 503; the JSON body names each check and its status.
/// <c>/healthz</c> stays the liveness probe and checks nothing beyond the process answering.
/// </summary>
public static class ReadinessExtensions
{
    public const string StateStore = "state-store";
    public const string ClusterMembership = "cluster-membership";
    public const string ArtifactStore = "artifact-store";

    private const string Tag = "ready";
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static WebApplicationBuilder AddReadinessChecks(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .Add(new HealthCheckRegistration(StateStore, StateStoreCheck, HealthStatus.Unhealthy, [Tag], CheckTimeout))
            .AddCheck<ClusterMembershipCheck>(ClusterMembership, HealthStatus.Unhealthy, [Tag], CheckTimeout)
            .AddCheck<ArtifactStoreCheck>(ArtifactStore, HealthStatus.Unhealthy, [Tag], CheckTimeout);
        return builder;
    }

    public static IEndpointRouteBuilder MapReadiness(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Tag),
            ResponseWriter = WriteAsync,
        }).AllowAnonymous();
        return app;
    }

    /// <summary>SQLite in the embedded mode, Redis in the cluster mode: chosen from <c>Cluster:Mode</c> when first resolved.</summary>
    private static IHealthCheck StateStoreCheck(IServiceProvider services) =>
        services.GetRequiredService<IOptions<ClusterModeOptions>>().Value.Mode == ClusterMode.Redis
            ? new RedisStateStoreCheck(services.GetRequiredService<IConnectionMultiplexer>())
            : new SqliteStateStoreCheck(services.GetRequiredService<SqliteDatabase>(), services.GetRequiredService<TimeProvider>());

    /// <summary>The status and each check's name, status, description and time; never an exception's text (the endpoint is anonymous).</summary>
    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            failing = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => e.Key).ToList(),
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
            }),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body, Json), http.RequestAborted);
    }
}
