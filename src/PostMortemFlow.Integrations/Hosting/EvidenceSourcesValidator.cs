using Microsoft.Extensions.Options;
using PostMortemFlow.Integrations.Alertmanager;
using PostMortemFlow.Integrations.AzureMonitor;
using PostMortemFlow.Integrations.Collection;
using PostMortemFlow.Integrations.PagerDuty;
using PostMortemFlow.Integrations.Prometheus;
using PostMortemFlow.Integrations.Settings;
using PostMortemFlow.Integrations.Teams;

namespace PostMortemFlow.Integrations.Hosting;

/// <summary>
/// Each source <c>Evidence:Sources</c> lists has the settings it cannot run without, checked on start: a missing one
/// stops the host naming the setting, instead of every collection ending as a data gap.
/// </summary>
public sealed class EvidenceSourcesValidator(
    IOptions<PrometheusCollectorOptions> prometheus,
    IOptions<AlertmanagerCollectorOptions> alertmanager,
    IOptions<PagerDutyCollectorOptions> pagerDuty,
    IOptions<LogAnalyticsCollectorOptions> logAnalytics,
    IOptions<AzureMetricsCollectorOptions> azureMetrics,
    IOptions<TeamsCollectorOptions> teams) : IValidateOptions<EvidenceOptions>
{
    public ValidateOptionsResult Validate(string? name, EvidenceOptions options)
    {
        var failures = new List<string>();
        void Require(bool present, string setting, string source)
        {
            if (!present)
            {
                failures.Add($"{setting} is required when Evidence:Sources lists {source}.");
            }
        }
        var sources = options.Sources.ToHashSet(StringComparer.Ordinal);
        if (sources.Contains(PrometheusCollector.SourceName))
        {
            Require(prometheus.Value.BaseUrl is { IsAbsoluteUri: true }, $"{PrometheusCollectorOptions.Section}:BaseUrl", PrometheusCollector.SourceName);
            failures.AddRange(ImpactProblems(PrometheusCollectorOptions.Section, prometheus.Value.Impact));
        }
        if (sources.Contains(AlertmanagerCollector.SourceName))
        {
            Require(alertmanager.Value.BaseUrl is { IsAbsoluteUri: true }, $"{AlertmanagerCollectorOptions.Section}:BaseUrl", AlertmanagerCollector.SourceName);
        }
        if (sources.Contains(PagerDutyCollector.SourceName))
        {
            Require(!string.IsNullOrWhiteSpace(pagerDuty.Value.Token), $"{PagerDutyCollectorOptions.Section}:Token", PagerDutyCollector.SourceName);
        }
        if (sources.Contains(LogAnalyticsCollector.SourceName))
        {
            Require(!string.IsNullOrWhiteSpace(logAnalytics.Value.WorkspaceId), $"{LogAnalyticsCollectorOptions.Section}:WorkspaceId", LogAnalyticsCollector.SourceName);
            failures.AddRange(ImpactProblems(LogAnalyticsCollectorOptions.Section, logAnalytics.Value.Impact));
        }
        if (sources.Contains(AzureMetricsCollector.SourceName))
        {
            failures.AddRange(ImpactProblems(AzureMetricsCollectorOptions.Section, azureMetrics.Value.Impact));
        }
        if (sources.Contains(TeamsCollector.SourceName))
        {
            Require(!string.IsNullOrWhiteSpace(teams.Value.TeamId) && !string.IsNullOrWhiteSpace(teams.Value.ChannelId),
                $"{TeamsCollectorOptions.Section}:TeamId and ChannelId", TeamsCollector.SourceName);
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> ImpactProblems<T>(string section, Dictionary<string, T> impact) where T : ImpactQueryOptions =>
        impact.SelectMany(i => i.Value.Problems($"{section}:Impact:{i.Key}"));
}
