using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PostMortemFlow.Integrations.Alertmanager;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.AzureMonitor;
using PostMortemFlow.Integrations.Collection;
using PostMortemFlow.Integrations.Documents;
using PostMortemFlow.Integrations.Effects;
using PostMortemFlow.Integrations.Identity;
using PostMortemFlow.Integrations.PagerDuty;
using PostMortemFlow.Integrations.Prometheus;
using PostMortemFlow.Integrations.Reporting;
using PostMortemFlow.Integrations.Settings;
using PostMortemFlow.Integrations.Teams;
using PostMortemFlow.Integrations.Uploads;

namespace PostMortemFlow.Integrations.Hosting;

public static class EvidenceServiceCollectionExtensions
{
    /// <summary>
    /// The artifact and document stores (<c>Evidence:Store</c>: the local folder or Blob), uploads, and every evidence collector with its
    /// own settings section and HTTP resilience; <c>Evidence:Sources</c> picks which collectors a post-mortem runs.
    /// </summary>
    public static IServiceCollection AddEvidence(this IServiceCollection services)
    {
        services.AddWorkflowSettings();
        services.AddAzureCredentials();
        services.AddOptions<EvidenceOptions>().BindConfiguration(EvidenceOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EvidenceOptions>, EvidenceOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EvidenceOptions>, EvidenceSourcesValidator>());

        services.AddOptions<LocalArtifactStoreOptions>().Configure<IOptions<StorageOptions>>((o, storage) => o.DataPath = storage.Value.DataPath);
        services.AddOptions<BlobArtifactStoreOptions>().BindConfiguration(BlobArtifactStoreOptions.Section);
        services.TryAddSingleton<LocalArtifactStore>();
        services.TryAddSingleton<BlobArtifactStore>();
        services.TryAddSingleton<IArtifactStore>(sp => sp.GetRequiredService<IOptions<EvidenceOptions>>().Value.Store switch
        {
            ArtifactStoreKind.Blob => sp.GetRequiredService<BlobArtifactStore>(),
            _ => sp.GetRequiredService<LocalArtifactStore>(),
        });

        services.TryAddSingleton<LocalDocumentStore>();
        services.TryAddSingleton(sp => new BlobDocumentStore(BlobArtifactStore.CreateContainerClient(
            sp.GetRequiredService<IOptions<BlobArtifactStoreOptions>>().Value, sp.GetRequiredService<AzureCredentials>())));
        services.TryAddSingleton<IDocumentStore>(sp => sp.GetRequiredService<IOptions<EvidenceOptions>>().Value.Store switch
        {
            ArtifactStoreKind.Blob => sp.GetRequiredService<BlobDocumentStore>(),
            _ => sp.GetRequiredService<LocalDocumentStore>(),
        });

        services.AddOptions<UploadsOptions>().BindConfiguration(UploadsOptions.Section);
        services.TryAddSingleton<EvidenceCharts>();
        services.TryAddSingleton<EvidenceUploads>();
        services.TryAddSingleton<UploadsCollector>();
        services.AddSingleton<IEvidenceCollector>(sp => sp.GetRequiredService<UploadsCollector>());

        services.AddCollector<PrometheusCollector, PrometheusCollectorOptions>(PrometheusCollectorOptions.Section);
        services.AddSingleton<IRecurrenceChecker>(sp => sp.GetRequiredService<PrometheusCollector>());
        services.AddCollector<AlertmanagerCollector, AlertmanagerCollectorOptions>(AlertmanagerCollectorOptions.Section);
        services.AddCollector<PagerDutyCollector, PagerDutyCollectorOptions>(PagerDutyCollectorOptions.Section);
        services.AddCollector<LogAnalyticsCollector, LogAnalyticsCollectorOptions>(LogAnalyticsCollectorOptions.Section)
            .AddHttpMessageHandler(sp => AzureToken(sp, sp.GetRequiredService<IOptions<LogAnalyticsCollectorOptions>>().Value.Scope,
                sp.GetRequiredService<IOptions<LogAnalyticsCollectorOptions>>().Value.Endpoint));
        services.AddCollector<AzureMetricsCollector, AzureMetricsCollectorOptions>(AzureMetricsCollectorOptions.Section)
            .AddHttpMessageHandler(sp => AzureToken(sp, sp.GetRequiredService<IOptions<AzureMetricsCollectorOptions>>().Value.Scope,
                sp.GetRequiredService<IOptions<AzureMetricsCollectorOptions>>().Value.Endpoint));

        // Teams reads through Graph, whose own handler chain retries with Retry-After.
        services.AddOptions<TeamsCollectorOptions>().BindConfiguration(TeamsCollectorOptions.Section);
        services.TryAddSingleton<TeamsCollector>();
        services.AddSingleton<IEvidenceCollector>(sp => sp.GetRequiredService<TeamsCollector>());
        return services;
    }

    /// <summary>A collector with its own settings section, its own HttpClient and the collectors' resilience.</summary>
    private static IHttpClientBuilder AddCollector<TCollector, TOptions>(this IServiceCollection services, string section)
        where TCollector : class, IEvidenceCollector
        where TOptions : CollectorOptions
    {
        services.AddOptions<TOptions>().BindConfiguration(section);
        services.AddSingleton<IEvidenceCollector>(sp => sp.GetRequiredService<TCollector>());
        return services.AddHttpClient<TCollector>(http => http.Timeout = Timeout.InfiniteTimeSpan).AddCollectorResilience<TOptions>();
    }

    private static BearerTokenHandler AzureToken(IServiceProvider services, string scope, Uri endpoint) =>
        new(services.GetRequiredService<AzureCredentials>().Azure, scope, endpoint);
}
