using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using PostMortemFlow.Server.Tests.Api;
using PostMortemFlow.Server.Tests.Persistence;
using PostMortemFlow.Server.Tests.TestData;
using static PostMortemFlow.Server.Tests.Api.ApiJsonBodies;

namespace PostMortemFlow.Server.Tests.Telemetry;

/// <summary>
/// The exporters are chosen by their standard settings: an OTLP endpoint receives traces, metrics and logs, so does an
/// Application Insights connection string's ingestion endpoint; with neither set there is no tracing at all.
/// </summary>
[Collection(TelemetryExportCollection.Name)]
public sealed class TelemetryExportTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(45);

    private sealed class ExportingServer(string setting, string value) : ServerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(setting, value);
            builder.UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
            builder.UseSetting("OTEL_BSP_SCHEDULE_DELAY", "200");
            builder.UseSetting("OTEL_BLRP_SCHEDULE_DELAY", "200");
            builder.UseSetting("OTEL_METRIC_EXPORT_INTERVAL", "500");
            builder.UseSetting("OTEL_SERVICE_NAME", "pmf-export-test");
            // Azure Monitor samples five traces a second by default, counted over the whole process; keep every one.
            builder.UseSetting("OTEL_TRACES_SAMPLER", "microsoft.fixed_percentage");
            builder.UseSetting("OTEL_TRACES_SAMPLER_ARG", "1.0");
        }
    }

    [Fact]
    public async Task Otlp_EndpointSet_ReceivesTheCommandSpanTheGaugesAndTheLogs()
    {
        using var receiver = new TelemetrySink(FreePort.Next());
        await using var server = new ExportingServer("OTEL_EXPORTER_OTLP_ENDPOINT", receiver.Endpoint.ToString().TrimEnd('/'));

        var id = await DeclareAsync(server);

        await Eventually.ReachAsync(() => Task.FromResult(receiver.Received("/v1/traces", id) && receiver.Received("/v1/traces", "command DeclarePostMortem")), r => r, Timeout);
        await Eventually.ReachAsync(() => Task.FromResult(receiver.Received("/v1/metrics", "pmf.postmortems")), r => r, Timeout);
        await Eventually.ReachAsync(() => Task.FromResult(receiver.Received("/v1/logs", "pmf-export-test")), r => r, Timeout);
        Assert.True(receiver.Received("/v1/traces", "pmf-export-test"), "The spans do not name the service.");
    }

    [Fact]
    public async Task AzureMonitor_ConnectionStringSet_SendsTheCommandSpanToItsIngestionEndpoint()
    {
        using var ingestion = new TelemetrySink(FreePort.Next());
        await using var server = new ExportingServer("APPLICATIONINSIGHTS_CONNECTION_STRING",
            $"InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint={ingestion.Endpoint}");

        var id = await DeclareAsync(server);

        await Eventually.ReachAsync(() => Task.FromResult(ingestion.Received("/v2.1/track", id) && ingestion.Received("/v2.1/track", "command DeclarePostMortem")), r => r, Timeout);
    }

    [Fact]
    public async Task Exporters_NoneSet_NoTracerProvider()
    {
        await using var server = new ServerFactory();
        using var client = server.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Null(server.Services.GetService<TracerProvider>());
    }

    private static async Task<string> DeclareAsync(ServerFactory server)
    {
        using var client = server.CreateClient();
        var declared = await client.PostAsync("/api/postmortems", Json(Declaration(DateTimeOffset.UtcNow.AddDays(1))));
        Assert.Equal(HttpStatusCode.Created, declared.StatusCode);
        return (await declared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
