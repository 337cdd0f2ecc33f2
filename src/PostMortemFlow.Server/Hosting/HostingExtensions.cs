using PostMortemFlow.Api.Http;
namespace PostMortemFlow.Server.Hosting;

public static class HostingExtensions
{
    /// <summary>Reads the git-ignored <c>local.settings.json</c> (see <c>local.settings.sample.json</c>) when present.</summary>
    public static WebApplicationBuilder AddLocalSettings(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddJsonFile("local.settings.json", optional: true, reloadOnChange: false);
        builder.Configuration.AddEnvironmentVariables();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = ApiJson.MaxBodyBytes);
        return builder;
    }

    /// <summary><c>GET /healthz</c> (liveness): 200 once the silo and the web host are up; readiness is <c>/readyz</c>.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" })).AllowAnonymous();
        return app;
    }
}
