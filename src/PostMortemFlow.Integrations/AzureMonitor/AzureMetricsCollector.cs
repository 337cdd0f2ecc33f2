using System.Globalization;
using System.Text.Json;
using System.Xml;
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
        var index = 0;
        foreach (var service in services)
        {
            var resources = (Options.Services.TryGetValue(service, out var own) ? own : [])
                .Concat(service != "*" && Options.Services.TryGetValue("*", out var all) ? all : []);
            foreach (var resource in resources)
            {
                var url = MetricsUrl(resource.ResourceId, resource.MetricNamespace, resource.MetricNames, resource.Aggregation, run.Window);
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
        await ComputeImpactsAsync(run, services, cancellationToken);
    }

    /// <summary>
    /// Each service's impact from its resource's request counts over first symptom → recovery, one request for both
    /// metrics; a refused metric or request says why instead of a number.
    /// </summary>
    private async Task ComputeImpactsAsync(CollectionRun run, IReadOnlyList<string> services, CancellationToken cancellationToken)
    {
        var span = run.SymptomSpan();
        foreach (var (service, impact) in ImpactQueryOptions.ForServices(Options.Impact, services))
        {
            try
            {
                if (impact.Problems($"{AzureMetricsCollectorOptions.Section}:Impact:{service}").FirstOrDefault() is { } problem)
                {
                    throw new InvalidOperationException(problem);
                }
                var interval = Interval();
                string[] metrics = string.IsNullOrWhiteSpace(impact.TotalRequests) ? [impact.FailedRequests] : [impact.FailedRequests, impact.TotalRequests];
                var artifact = $"{SafeName.From(service == "*" ? "all" : service)}-impact.json";
                var url = MetricsUrl(impact.ResourceId, impact.MetricNamespace, string.Join(',', metrics), impact.Aggregation, span);
                using (var response = await http.SendStreamingAsync(new HttpRequestMessage(HttpMethod.Get, url), cancellationToken))
                {
                    await HttpAnswers.EnsureSuccessAsync(response, cancellationToken);
                    await using var content = await response.Content.ReadAsStreamAsync(cancellationToken);
                    await run.StoreAsync(artifact, $"{impact.ResourceId} {string.Join(',', metrics)}", content, cancellationToken);
                }
                var counts = await ReadCountsAsync(run, artifact, metrics, impact.Aggregation, cancellationToken);
                ImpactQueryAnswer Answer(string metric) => new(
                    $"{metric} ({impact.Aggregation} per {Options.Interval}) of {impact.ResourceId}", run.Key(artifact).Path,
                    [BinnedCounts.AsRates(metric, counts[metric], interval)]);
                run.Count(artifact, counts.Values.Sum(c => c.Count));
                run.Computed(ImpactCalculator.Compute(new ImpactInputs
                {
                    Service = service,
                    Source = Source,
                    Span = span,
                    Step = interval,
                    Failed = Answer(impact.FailedRequests),
                    Total = metrics.Length > 1 ? Answer(impact.TotalRequests) : null,
                    Slo = impact.Slo,
                }));
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not OutOfMemoryException)
            {
                Logger.LogWarning("Impact of {Service} could not be computed from Azure Monitor metrics: {Error}", service, e.Message);
                run.Computed(ImpactCalculator.NotComputed(service, Source, span, $"could not compute ({e.Message})"));
            }
        }
    }

    private Uri MetricsUrl(string resourceId, string? metricNamespace, string metricNames, string aggregation, EvidenceWindow window)
    {
        var query = string.Join("&",
            $"api-version={Uri.EscapeDataString(Options.ApiVersion)}",
            $"timespan={Uri.EscapeDataString($"{UtcFormat.Iso(window.From)}/{UtcFormat.Iso(window.To)}")}",
            $"interval={Uri.EscapeDataString(Options.Interval)}",
            $"metricnames={Uri.EscapeDataString(metricNames)}",
            $"aggregation={Uri.EscapeDataString(aggregation)}");
        if (!string.IsNullOrEmpty(metricNamespace))
        {
            query += $"&metricnamespace={Uri.EscapeDataString(metricNamespace)}";
        }
        return new Uri(Options.Endpoint, $"{resourceId.TrimStart('/')}/providers/Microsoft.Insights/metrics?{query}");
    }

    /// <summary>The interval as a span; <c>FULL</c> or a malformed grain cannot give per-interval counts.</summary>
    private TimeSpan Interval()
    {
        try
        {
            var interval = XmlConvert.ToTimeSpan(Options.Interval);
            return interval > TimeSpan.Zero ? interval : throw new FormatException();
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{AzureMetricsCollectorOptions.Section}:Interval \"{Options.Interval}\" is not an ISO 8601 duration such as PT1M");
        }
    }

    /// <summary>Each metric's counts per interval start; a metric the API refused is an error naming its code.</summary>
    private static async Task<Dictionary<string, List<(DateTimeOffset Start, double Count)>>> ReadCountsAsync(CollectionRun run, string artifact,
        IReadOnlyList<string> metrics, string aggregation, CancellationToken cancellationToken)
    {
        await using var stored = await run.OpenAsync(artifact, cancellationToken);
        using var json = await JsonDocument.ParseAsync(stored, cancellationToken: cancellationToken);
        var counts = metrics.Distinct(StringComparer.OrdinalIgnoreCase).ToDictionary(m => m, _ => new List<(DateTimeOffset, double)>(), StringComparer.OrdinalIgnoreCase);
        var aggregations = aggregation.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var answered = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var metric in json.RootElement.TryGetProperty("value", out var value) ? value.EnumerateArray() : default)
        {
            var name = NameOf(metric);
            if (!counts.TryGetValue(name, out var list))
            {
                continue;
            }
            answered.Add(name);
            if (RefusalOf(metric, name) is { } refusal)
            {
                throw new EvidenceRequestException(200, refusal.Text, refusal.Code);
            }
            foreach (var series in metric.TryGetProperty("timeseries", out var ts) ? ts.EnumerateArray() : default)
            {
                list.AddRange(SamplesOf(series, aggregations).Select(sample => (sample.Time, sample.Value)));
            }
        }
        var missing = counts.Keys.FirstOrDefault(m => !answered.Contains(m));
        return missing is null ? counts : throw new EvidenceRequestException(200, $"{missing}: the answer has no such metric", null);
    }

    /// <summary>The aggregations a symptom's baseline reads, the first one a point has.</summary>
    private static readonly string[] AnyAggregation = ["average", "maximum", "total", "count", "minimum"];

    private static string NameOf(JsonElement metric) =>
        metric.TryGetProperty("name", out var n) && n.TryGetProperty("value", out var nv) ? nv.GetString() ?? "" : "";

    /// <summary>Why the API answered no data for a metric (its <c>errorCode</c> and message); null when it answered.</summary>
    private static (string Code, string Text)? RefusalOf(JsonElement metric, string name)
    {
        var code = metric.TryGetProperty("errorCode", out var e) ? e.GetString() : null;
        if (code is null or "Success")
        {
            return null;
        }
        var message = metric.TryGetProperty("errorMessage", out var m) ? m.GetString() : "";
        return (code, $"{name}: {code} {message}".Trim());
    }

    /// <summary>A series' points, each with the first of <paramref name="aggregations"/> it has; a point with none is left out.</summary>
    private static List<MetricSample> SamplesOf(JsonElement series, IReadOnlyList<string> aggregations)
    {
        var samples = new List<MetricSample>();
        foreach (var point in series.GetProperty("data").EnumerateArray())
        {
            var time = DateTimeOffset.Parse(point.GetProperty("timeStamp").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
            foreach (var aggregation in aggregations)
            {
                if (point.TryGetProperty(aggregation, out var v) && v.ValueKind == JsonValueKind.Number)
                {
                    samples.Add(new MetricSample(time, v.GetDouble()));
                    break;
                }
            }
        }
        return samples;
    }

    private static async Task ReadAsync(CollectionRun run, string artifact, BaselineSettings settings, CancellationToken cancellationToken)
    {
        await using var stored = await run.OpenAsync(artifact, cancellationToken);
        using var json = await JsonDocument.ParseAsync(stored, cancellationToken: cancellationToken);
        long points = 0;
        var times = new List<DateTimeOffset>();
        foreach (var metric in json.RootElement.TryGetProperty("value", out var value) ? value.EnumerateArray() : default)
        {
            var name = NameOf(metric) is { Length: > 0 } named ? named : "metric";
            if (RefusalOf(metric, name) is { } refusal)
            {
                run.Gap(run.Window.From, run.Window.To, refusal.Text);
                continue;
            }
            foreach (var series in metric.TryGetProperty("timeseries", out var ts) ? ts.EnumerateArray() : default)
            {
                points += series.GetProperty("data").GetArrayLength();
                var samples = SamplesOf(series, AnyAggregation);
                times.AddRange(samples.Select(sample => sample.Time));
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
