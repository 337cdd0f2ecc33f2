using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Collection;

namespace PostMortemFlow.Integrations.AzureMonitor;

/// <summary>Reads the incident's resources' metrics over the window, stores the answers and drafts first symptom and recovery per metric.</summary>
public sealed class AzureMetricsCollector(HttpClient http, IArtifactStore store, IOptions<AzureMetricsCollectorOptions> options, TimeProvider clock, ILogger<AzureMetricsCollector> logger)
    : EvidenceCollector<AzureMetricsCollectorOptions>(store, options.Value, clock, logger)
{
    public const string SourceName = "azuremetrics";

    public override string Source => SourceName;

    protected override async Task CollectCoreAsync(CollectionRun run, CancellationToken cancellationToken)
    {
        var settings = BaselineSettings.Default with { K = Options.BaselineK, MinRatio = Options.BaselineMinRatio };
        var services = run.Incident.AffectedServices.Count > 0 ? run.Incident.AffectedServices : ["*"];
        var timespan = $"{UtcFormat.Iso(run.Window.From)}/{UtcFormat.Iso(run.Window.To)}";
        var index = 0;
        foreach (var service in services)
        {
            var resources = (Options.Services.TryGetValue(service, out var own) ? own : [])
                .Concat(service != "*" && Options.Services.TryGetValue("*", out var all) ? all : []);
            foreach (var resource in resources)
            {
                var query = string.Join("&",
                    $"api-version={Uri.EscapeDataString(Options.ApiVersion)}",
                    $"timespan={Uri.EscapeDataString(timespan)}",
                    $"interval={Uri.EscapeDataString(Options.Interval)}",
                    $"metricnames={Uri.EscapeDataString(resource.MetricNames)}",
                    $"aggregation={Uri.EscapeDataString(resource.Aggregation)}");
                if (!string.IsNullOrEmpty(resource.MetricNamespace))
                {
                    query += $"&metricnamespace={Uri.EscapeDataString(resource.MetricNamespace)}";
                }
                var url = new Uri(Options.Endpoint, $"{resource.ResourceId.TrimStart('/')}/providers/Microsoft.Insights/metrics?{query}");
                var artifact = $"{SafeName.From(service)}-{++index}.json";
                using var response = await http.SendStreamingAsync(new HttpRequestMessage(HttpMethod.Get, url), cancellationToken);
                await HttpAnswers.EnsureSuccessAsync(response, cancellationToken);
                await using (var content = await response.Content.ReadAsStreamAsync(cancellationToken))
                {
                    await run.StoreAsync(artifact, $"{resource.ResourceId} {resource.MetricNames}", content, cancellationToken);
                }
                await ReadAsync(run, artifact, settings, cancellationToken);
            }
        }
    }

    private static async Task ReadAsync(CollectionRun run, string artifact, BaselineSettings settings, CancellationToken cancellationToken)
    {
        await using var stored = await run.OpenAsync(artifact, cancellationToken);
        using var json = await JsonDocument.ParseAsync(stored, cancellationToken: cancellationToken);
        long points = 0;
        var times = new List<DateTimeOffset>();
        foreach (var metric in json.RootElement.TryGetProperty("value", out var value) ? value.EnumerateArray() : default)
        {
            var name = metric.TryGetProperty("name", out var n) && n.TryGetProperty("value", out var nv) ? nv.GetString() ?? "metric" : "metric";
            var errorCode = metric.TryGetProperty("errorCode", out var e) ? e.GetString() : "Success";
            if (errorCode is not (null or "Success"))
            {
                var message = metric.TryGetProperty("errorMessage", out var em) ? em.GetString() : "";
                run.Gap(run.Window.From, run.Window.To, $"{name}: {errorCode} {message}".Trim());
                continue;
            }
            foreach (var series in metric.TryGetProperty("timeseries", out var ts) ? ts.EnumerateArray() : default)
            {
                var samples = new List<MetricSample>();
                foreach (var point in series.GetProperty("data").EnumerateArray())
                {
                    points++;
                    var time = DateTimeOffset.Parse(point.GetProperty("timeStamp").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
                    foreach (var aggregation in (string[])["average", "maximum", "total", "count", "minimum"])
                    {
                        if (point.TryGetProperty(aggregation, out var v) && v.ValueKind == JsonValueKind.Number)
                        {
                            samples.Add(new MetricSample(time, v.GetDouble()));
                            times.Add(time);
                            break;
                        }
                    }
                }
                var result = BaselineDetector.Detect(samples, run.Incident.StartedAt, settings);
                if (result?.FirstAbove is { } first)
                {
                    run.Add(run.Row(first.Time, $"First symptom: {name} above its baseline ({first.Value:0.###} > {result.Threshold:0.###})", TimelineEntryKind.FirstSymptom, artifact));
                    if (result.Recovered is { } back)
                    {
                        run.Add(run.Row(back.Time, $"Recovery: {name} back to its baseline", TimelineEntryKind.Recovered, artifact));
                    }
                }
            }
        }
        run.Count(artifact, points);
        run.Cover(Coverage.Covered(run.Window, times));
    }
}
