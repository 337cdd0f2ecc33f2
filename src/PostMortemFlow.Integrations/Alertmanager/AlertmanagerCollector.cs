using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Collection;

namespace PostMortemFlow.Integrations.Alertmanager;

/// <summary>
/// Stores Alertmanager's API v2 alerts and alert groups and drafts firing/resolved rows. The API holds only alerts
/// that are active now (or resolved moments ago), so the collector records the window up to the collection as a gap
/// and says so: the alert history of the window comes from Prometheus' ALERTS series.
/// </summary>
public sealed class AlertmanagerCollector(HttpClient http, IArtifactStore store, IOptions<AlertmanagerCollectorOptions> options, TimeProvider clock, ILogger<AlertmanagerCollector> logger)
    : EvidenceCollector<AlertmanagerCollectorOptions>(store, options.Value, clock, logger)
{
    public const string SourceName = "alertmanager";

    public override string Source => SourceName;

    protected override async Task CollectCoreAsync(CollectionRun run, CancellationToken cancellationToken)
    {
        var baseUrl = Options.BaseUrl ?? throw new InvalidOperationException($"{AlertmanagerCollectorOptions.Section}:BaseUrl is not set");
        var now = Clock.GetUtcNow();
        var filters = Options.Filters.Count == 0 ? [""]
            : run.Incident.AffectedServices.SelectMany(s => Options.Filters.Select(f => f.Replace("{service}", s, StringComparison.Ordinal))).Distinct().ToList();
        var suffix = 0;
        foreach (var filter in filters)
        {
            var query = filter.Length == 0 ? "" : "?filter=" + Uri.EscapeDataString(filter);
            var name = filters.Count == 1 ? "" : $"-{++suffix}";
            await StoreAsync(run, new Uri(baseUrl, "api/v2/alerts/groups" + query), $"groups{name}.json", cancellationToken);
            var alertsArtifact = $"alerts{name}.json";
            await StoreAsync(run, new Uri(baseUrl, "api/v2/alerts" + query), alertsArtifact, cancellationToken);
            await using var stored = await run.OpenAsync(alertsArtifact, cancellationToken);
            var alerts = await AlertmanagerEvidence.ReadAsync(stored, cancellationToken);
            run.Count(alertsArtifact, alerts.Count);
            AlertmanagerEvidence.AddAlerts(run, alerts, now, alertsArtifact);
        }
        run.Cover(new EvidenceWindow(now, now).Intersect(run.Window));
        var uncoveredTo = now < run.Window.To ? now : run.Window.To;
        run.Gap(run.Window.From, uncoveredTo, "Alertmanager's API lists only alerts it holds at collection time; earlier alerts of the window are not covered (see Prometheus ALERTS)");
    }

    private async Task StoreAsync(CollectionRun run, Uri url, string artifact, CancellationToken cancellationToken)
    {
        using var response = await http.SendStreamingAsync(new HttpRequestMessage(HttpMethod.Get, url), cancellationToken);
        await HttpAnswers.EnsureSuccessAsync(response, cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        await run.StoreAsync(artifact, url.PathAndQuery, body, cancellationToken);
    }
}
