using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PostMortemFlow.Integrations.Alertmanager;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.AzureMonitor;
using PostMortemFlow.Integrations.Collection;
using PostMortemFlow.Integrations.Effects;
using PostMortemFlow.Integrations.PagerDuty;
using PostMortemFlow.Integrations.Prometheus;
using PostMortemFlow.Integrations.Teams;
using PostMortemFlow.Integrations.Uploads;
using PostMortemFlow.Server.Hosting;

namespace PostMortemFlow.Server.Features.Evidence;

public static class EvidenceExtensions
{
    /// <summary>The artifact store (local folder or Blob) and every evidence collector; <c>Evidence:Sources</c> picks which run.</summary>
    public static WebApplicationBuilder AddEvidence(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var evidence = builder.Configuration.GetSection(EvidenceOptions.Section).Get<EvidenceOptions>() ?? new EvidenceOptions();
        services.AddOptions<EvidenceOptions>().BindConfiguration(EvidenceOptions.Section);

        services.AddOptions<LocalArtifactStoreOptions>().Configure<IOptions<StorageOptions>>((o, storage) => o.DataPath = storage.Value.DataPath);
        services.AddOptions<BlobArtifactStoreOptions>().BindConfiguration(BlobArtifactStoreOptions.Section);
        if (string.Equals(evidence.Store, "Blob", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IArtifactStore, BlobArtifactStore>();
        }
        else
        {
            services.AddSingleton<IArtifactStore, LocalArtifactStore>();
        }

        services.AddOptions<UploadsOptions>().BindConfiguration(UploadsOptions.Section)
            .Configure<IOptions<StorageOptions>>((o, storage) => o.DataPath = storage.Value.DataPath);
        services.AddSingleton<UploadStore>();
        services.AddSingleton<IEvidenceCollector, UploadsCollector>();

        services.AddCollector<PrometheusCollector, PrometheusCollectorOptions>(PrometheusCollectorOptions.Section);
        services.AddCollector<AlertmanagerCollector, AlertmanagerCollectorOptions>(AlertmanagerCollectorOptions.Section);
        // Azure sources authenticate as the app's identity; created on first use, so unused sources need no Azure setup.
        services.TryAddSingleton<TokenCredential>(_ => new DefaultAzureCredential());
        services.AddCollector<LogAnalyticsCollector, LogAnalyticsCollectorOptions>(LogAnalyticsCollectorOptions.Section);
        services.AddCollector<AzureMetricsCollector, AzureMetricsCollectorOptions>(AzureMetricsCollectorOptions.Section);
        services.AddCollector<PagerDutyCollector, PagerDutyCollectorOptions>(PagerDutyCollectorOptions.Section);

        // Graph brings its own handler chain (retry with Retry-After, redirects), so Teams gets one long-lived client.
        services.AddOptions<TeamsCollectorOptions>().BindConfiguration(TeamsCollectorOptions.Section);
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<TeamsCollector>(sp, TeamsCollector.CreateGraphHttpClient()));
        services.AddSingleton<IEvidenceCollector>(sp => sp.GetRequiredService<TeamsCollector>());
        return builder;
    }

    /// <summary>A collector with its own HttpClient and options section.</summary>
    private static void AddCollector<TCollector, TOptions>(this IServiceCollection services, string section)
        where TCollector : class, IEvidenceCollector
        where TOptions : CollectorOptions
    {
        services.AddOptions<TOptions>().BindConfiguration(section);
        services.AddHttpClient<TCollector>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.AddTransient<IEvidenceCollector>(sp => sp.GetRequiredService<TCollector>());
    }
}
