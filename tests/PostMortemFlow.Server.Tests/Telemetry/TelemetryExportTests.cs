using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using PostMortemFlow.Server.Tests.Api;
using PostMortemFlow.Server.Tests.Persistence;
using PostMortemFlow.Server.Tests.Process;
using PostMortemFlow.Server.Tests.TestData;
using Xunit.Abstractions;

namespace PostMortemFlow.Server.Tests.Telemetry;

/// <summary>
/// The exporters are chosen by their standard settings: an OTLP endpoint receives traces, metrics and logs, so does an
/// Application Insights connection string's ingestion endpoint; with neither set there is no tracing at all. The
/// exporting servers run as processes of their own: in this one, an exporter would see every in-process server's spans.
/// </summary>
public sealed class TelemetryExportTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(45);
    private readonly ProcessTestRun _run = new(output);

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task Otlp_EndpointSet_ReceivesTheCommandSpanTheGaugesAndTheLogs()
    {
        using var receiver = new TelemetrySink(FreePort.Next());

        await _run.DiagnoseAsync(async () =>
        {
            var id = await DeclareAsync("OTEL_EXPORTER_OTLP_ENDPOINT", receiver.Endpoint.ToString().TrimEnd('/'));

            await Eventually.ReachAsync(() => Task.FromResult((Sent: receiver.Received("/v1/traces", id) && receiver.Received("/v1/traces", "command DeclarePostMortem"), Received: receiver.Summary())), r => r.Sent, Timeout);
            await Eventually.ReachAsync(() => Task.FromResult((Sent: receiver.Received("/v1/metrics", "pmf.postmortems"), Received: receiver.Summary())), r => r.Sent, Timeout);
            await Eventually.ReachAsync(() => Task.FromResult((Sent: receiver.Received("/v1/logs", "pmf-export-test"), Received: receiver.Summary())), r => r.Sent, Timeout);
            Assert.True(receiver.Received("/v1/traces", "pmf-export-test"), "The spans do not name the service.");
        });
    }

    [Fact]
    public async Task AzureMonitor_ConnectionStringSet_SendsTheCommandSpanToItsIngestionEndpoint()
    {
        using var ingestion = new TelemetrySink(FreePort.Next());

        await _run.DiagnoseAsync(async () =>
        {
            var id = await DeclareAsync("APPLICATIONINSIGHTS_CONNECTION_STRING",
                $"InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint={ingestion.Endpoint}");

            await Eventually.ReachAsync(() => Task.FromResult((Sent: ingestion.Received("/v2.1/track", id) && ingestion.Received("/v2.1/track", "command DeclarePostMortem"), Received: ingestion.Summary())),
                r => r.Sent, Timeout);
        });
    }

    [Fact]
    public async Task Exporters_NoneSet_NoTracerProvider()
    {
        await using var server = new ServerFactory();
        using var client = server.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Null(server.Services.GetService<TracerProvider>());
    }

    private async Task<string> DeclareAsync(string setting, string value)
    {
        var ports = FreePorts.Take(2);
        var server = await _run.StartAsync("exporting", new Dictionary<string, string>
        {
            ["Cluster__SiloPort"] = ports[0].ToString(CultureInfo.InvariantCulture),
            ["Cluster__GatewayPort"] = ports[1].ToString(CultureInfo.InvariantCulture),
            ["Storage__DataPath"] = Path.Combine(_run.Folder, "data"),
            [setting] = value,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_BLRP_SCHEDULE_DELAY"] = "200",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
            ["OTEL_SERVICE_NAME"] = "pmf-export-test",
        });
        using var api = new PostMortemApi(server.BaseAddress);
        var now = DateTimeOffset.UtcNow;
        return await api.DeclareAsync("API degradation", now.AddHours(-1), now.AddMinutes(-10));
    }
}
