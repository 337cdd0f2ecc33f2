using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Collection;

namespace PostMortemFlow.Integrations.Prometheus;

/// <summary>
/// Runs each affected service's range queries and the ALERTS history over the window, stores every
/// <c>query_range</c> answer as JSON, and drafts first symptom, recovery and alert rows from them.
/// </summary>
public sealed class PrometheusCollector(HttpClient http, IArtifactStore store, IOptions<PrometheusCollectorOptions> options, TimeProvider clock, ILogger<PrometheusCollector> logger)
    : EvidenceCollector<PrometheusCollectorOptions>(store, options.Value, clock, logger)
{
    public const string SourceName = "prometheus";

    public override string Source => SourceName;

    protected override async Task CollectCoreAsync(CollectionRun run, CancellationToken cancellationToken)
    {
        var baseUrl = Options.BaseUrl ?? throw new InvalidOperationException($"{PrometheusCollectorOptions.Section}:BaseUrl is not set");
        var settings = Options.Baseline;
        var services = run.Incident.AffectedServices.Count > 0 ? run.Incident.AffectedServices : ["*"];
        var queries = services
            .SelectMany(service => Queries(service).Select(q => (Name: $"{SafeName.From(service)}-{SafeName.From(q.Name)}", Text: q.Query.Replace("{service}", service, StringComparison.Ordinal), q.DetectSymptom)))
            .DistinctBy(q => q.Name)
            .Append((Name: "alerts", Text: Options.AlertsQuery, DetectSymptom: false));
        var times = new List<DateTimeOffset>();
        foreach (var query in queries)
        {
            var artifact = query.Name + ".json";
            var matrix = await QueryAsync(run, baseUrl, artifact, query.Text, cancellationToken);
            run.Count(artifact, matrix.Series.Sum(s => s.Samples.Count));
            if (query.Name == "alerts")
            {
                PrometheusEvidence.AddAlerts(run, matrix, Options.Step, artifact);
                continue;
            }
            var sampled = matrix.Series.SelectMany(s => s.Samples.Select(p => p.Time)).ToList();
            times.AddRange(sampled);
            run.Cover(Coverage.Covered(run.Window, sampled));
            if (query.DetectSymptom)
            {
                PrometheusEvidence.AddSymptoms(run, query.Name, matrix, settings, artifact);
            }
            if (matrix.Warning is { } warning)
            {
                run.Gap(run.Window.From, run.Window.To, $"{query.Name}: Prometheus warned: {warning}");
            }
        }
        run.AddGaps(Coverage.Gaps(Source, run.Window, times, Options.Step * 4, "no samples from the configured queries"));
    }

    private IEnumerable<PrometheusQueryOptions> Queries(string service) =>
        (Options.Services.TryGetValue(service, out var own) ? own : []).Concat(service != "*" && Options.Services.TryGetValue("*", out var all) ? all : []);

    private async Task<PrometheusRange> QueryAsync(CollectionRun run, Uri baseUrl, string artifact, string query, CancellationToken cancellationToken)
    {
        var url = new Uri(baseUrl, "api/v1/query_range?" + string.Join("&",
            $"query={Uri.EscapeDataString(query)}",
            $"start={Uri.EscapeDataString(UtcFormat.Iso(run.Window.From))}",
            $"end={Uri.EscapeDataString(UtcFormat.Iso(run.Window.To))}",
            $"step={Options.Step.TotalSeconds.ToString(CultureInfo.InvariantCulture)}"));
        using var response = await http.SendStreamingAsync(new HttpRequestMessage(HttpMethod.Get, url), cancellationToken);
        if ((int)response.StatusCode is not (200 or 400 or 422 or 503))
        {
            await HttpAnswers.EnsureSuccessAsync(response, cancellationToken);
        }
        await using (var body = await response.Content.ReadAsStreamAsync(cancellationToken))
        {
            await run.StoreAsync(artifact, query, body, cancellationToken);
        }
        await using var stored = await run.OpenAsync(artifact, cancellationToken);
        var answer = await PrometheusRangeReader.ReadAsync(stored, cancellationToken);
        return answer.Succeeded ? answer : throw new EvidenceRequestException(422, answer.Error!, answer.ErrorType);
    }

}
