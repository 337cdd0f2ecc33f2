using OpenTelemetry.Metrics;

namespace PostMortemFlow.Server.Hosting;

/// <summary>The server's own metrics reader on top of <c>AddPostMortemTelemetry</c>: a Prometheus scrape endpoint.</summary>
public static class PrometheusExtensions
{
    public static WebApplicationBuilder AddPrometheusMetrics(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddPrometheusExporter());
        return builder;
    }

    /// <summary><c>GET /metrics</c> in the Prometheus text format, anonymous like <c>/healthz</c>.</summary>
    public static IEndpointRouteBuilder MapPrometheusMetrics(this IEndpointRouteBuilder app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous();
        return app;
    }
}
