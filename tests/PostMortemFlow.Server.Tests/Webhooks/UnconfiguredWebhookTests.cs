using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PostMortemFlow.Server.Tests.Webhooks;

/// <summary>A source with no secret refuses every delivery, and the start-up log says which one (never a value).</summary>
public sealed class UnconfiguredWebhookTests(UnconfiguredWebhookTests.Server server) : IClassFixture<UnconfiguredWebhookTests.Server>
{
    public sealed class Server : WebhookServer
    {
        public ConcurrentQueue<string> Warnings { get; } = new();

        protected override bool WithSecrets => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(new CapturingLoggerProvider(Warnings)));
        }
    }

    [Fact]
    public async Task EverySource_WithoutSecret_RefusesAndWarnsAtStartUp()
    {
        var client = server.CreateClient();

        using var am = await server.PostAlertmanagerAsync(client, WebhookServer.Fixture("alertmanager-resolved.json"));
        using var az = await server.PostAzureAsync(client, WebhookServer.Fixture("azure-monitor-resolved.json"));
        using var pd = await server.PostPagerDutyAsync(client, WebhookServer.Fixture("pagerduty-incident.resolved.json"));

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], [am.StatusCode, az.StatusCode, pd.StatusCode]);
        Assert.Empty((await WebhookServer.GetJsonAsync(client, "/api/incidents")).EnumerateArray());
        foreach (var source in new[] { "AzureMonitor", "Alertmanager", "PagerDuty" })
        {
            Assert.Contains(server.Warnings, w => w.Contains($"The {source} webhook has no secret configured", StringComparison.Ordinal));
        }
        Assert.DoesNotContain(server.Warnings, w => w.Contains(WebhookServer.BearerToken, StringComparison.Ordinal));
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> sink) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(sink);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> sink) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    sink.Enqueue(formatter(state, exception));
                }
            }
        }
    }
}
