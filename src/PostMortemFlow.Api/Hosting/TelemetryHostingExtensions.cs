using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PostMortemFlow.Api.Telemetry;
using PostMortemFlow.Integrations.Telemetry;

namespace PostMortemFlow.Api.Hosting;

public static class TelemetryHostingExtensions
{
    /// <summary>Set: traces, metrics and logs go to this OTLP endpoint (with the other standard <c>OTEL_*</c> settings).</summary>
    public const string OtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Set: traces, metrics and logs go to this Application Insights resource.</summary>
    public const string ApplicationInsights = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    private static readonly string[] Probes = ["/healthz", "/readyz", "/metrics"];

    /// <summary>
    /// OpenTelemetry for either host: the workflow's meter and spans (<see cref="PostMortemTelemetry"/>), the gauges
    /// over the host's <see cref="IPostMortemCatalog"/> (<see cref="PostMortemGauges"/>), ASP.NET Core and HttpClient.
    /// Metrics are always collected, for a reader the host adds (the server's <c>/metrics</c>); traces and logs only when
    /// an exporter is configured: OTLP when <see cref="OtlpEndpoint"/> is set, Azure Monitor when
    /// <see cref="ApplicationInsights"/> is set, both when both are.
    /// </summary>
    public static IHostApplicationBuilder AddPostMortemTelemetry(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton<PostMortemMetrics>();
        services.TryAddSingleton<PostMortemGauges>();
        services.AddHostedService(sp => sp.GetRequiredService<PostMortemGauges>());

        var configuration = builder.Configuration;
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpoint]);
        var azureMonitor = configuration[ApplicationInsights];
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName))
            .WithMetrics(metrics => metrics
                .AddMeter(PostMortemTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());
        if (!otlp && string.IsNullOrWhiteSpace(azureMonitor))
        {
            return builder;
        }
        telemetry
            .WithTracing(tracing => tracing
                .AddSource(PostMortemTelemetry.Name)
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !Probes.Contains(http.Request.Path.Value, StringComparer.OrdinalIgnoreCase))
                .AddHttpClientInstrumentation())
            .WithLogging();
        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }
        if (!string.IsNullOrWhiteSpace(azureMonitor))
        {
            // Every trace, as the OTLP exporter sends: a post-mortem's commands are few, and the exporter's default rate limit
            // (a few traces a second, its budget empty at start) would drop some of them.
            telemetry.UseAzureMonitorExporter(o =>
            {
                o.ConnectionString = azureMonitor;
                o.TracesPerSecond = null;
                o.SamplingRatio = 1.0F;
            });
        }
        return builder;
    }
}
