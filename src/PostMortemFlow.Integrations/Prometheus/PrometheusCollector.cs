using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Prevention;
using PostMortemFlow.Integrations.Effects;
using Polly.Timeout;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Collection;

namespace PostMortemFlow.Integrations.Prometheus;

/// <summary>
/// Runs each affected service's range queries and the ALERTS history over the window, stores every
/// <c>query_range</c> answer as JSON, and drafts first symptom, recovery and alert rows from them. The same queries
/// re-run over the interval since publication are the recurrence check (stored under the source <c>recurrence</c>).
/// </summary>
public sealed class PrometheusCollector(HttpClient http, IArtifactStore store, IOptions<PrometheusCollectorOptions> options, TimeProvider clock, ILogger<PrometheusCollector> logger)
    : EvidenceCollector<PrometheusCollectorOptions>(store, options.Value, clock, logger), IRecurrenceChecker
{
    public const string SourceName = "prometheus";

    /// <summary>The artifact folder of recurrence checks.</summary>
    public const string RecurrenceSource = "recurrence";

    /// <summary>Prometheus answers at most 11,000 points per series; the check's step grows with the interval to stay under it.</summary>
    private const int MaxPoints = 10_000;

    public override string Source => SourceName;

    protected override async Task CollectCoreAsync(CollectionRun run, CancellationToken cancellationToken)
    {
        var baseUrl = Options.BaseUrl ?? throw new InvalidOperationException($"{PrometheusCollectorOptions.Section}:BaseUrl is not set");
        var services = run.Incident.AffectedServices.Count > 0 ? run.Incident.AffectedServices : ["*"];
        var queries = services
            .SelectMany(service => Queries(service).Select(q => (Name: $"{SafeName.From(service)}-{SafeName.From(q.Name)}", Text: q.Query.Replace("{service}", service, StringComparison.Ordinal), q.DetectSymptom)))
            .DistinctBy(q => q.Name)
            .Append((Name: "alerts", Text: Options.AlertsQuery, DetectSymptom: false));
        var times = new List<DateTimeOffset>();
        try
        {
            await CollectSymptomsAsync(run, baseUrl, queries, times, cancellationToken);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            foreach (var (service, _) in ImpactQueryOptions.ForServices(Options.Impact, services))
            {
                run.Computed(ImpactCalculator.NotComputed(service, Source, run.SymptomSpan(), $"could not compute ({Reason(e, cancellationToken)})"));
            }
            throw;
        }
        run.AddGaps(Coverage.Gaps(Source, run.Window, times, Options.Step * 4, "no samples from the configured queries"));
        await ComputeImpactsAsync(run, baseUrl, services, cancellationToken);
    }

    private async Task CollectSymptomsAsync(CollectionRun run, Uri baseUrl, IEnumerable<(string Name, string Text, bool DetectSymptom)> queries,
        List<DateTimeOffset> times, CancellationToken cancellationToken)
    {
        var settings = Options.Baseline;
        foreach (var query in queries)
        {
            var artifact = query.Name + ".json";
            var matrix = await QueryAsync(run, baseUrl, artifact, query.Text, run.Window, Options.Step, cancellationToken);
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
                PrometheusEvidence.AddSymptoms(run, query.Name, matrix, settings, artifact, query.Text);
            }
            if (matrix.Warning is { } warning)
            {
                run.Gap(run.Window.From, run.Window.To, $"{query.Name}: Prometheus warned: {warning}");
            }
        }
    }

    /// <summary>Each service's impact over first symptom → recovery; a query that fails says why instead of a number.</summary>
    private async Task ComputeImpactsAsync(CollectionRun run, Uri baseUrl, IReadOnlyList<string> services, CancellationToken cancellationToken)
    {
        var span = run.SymptomSpan();
        foreach (var (service, impact) in ImpactQueryOptions.ForServices(Options.Impact, services))
        {
            var name = SafeName.From(service == "*" ? "all" : service);
            try
            {
                if (impact.Problems($"{PrometheusCollectorOptions.Section}:Impact:{service}").FirstOrDefault() is { } problem)
                {
                    throw new InvalidOperationException(problem);
                }
                async Task<ImpactQueryAnswer> RangeAsync(string what, string text, EvidenceWindow window)
                {
                    var artifact = $"{name}-impact-{what}.json";
                    var query = text.Replace("{service}", service, StringComparison.Ordinal)
                        .Replace("{range}", $"{Math.Max(1, (long)span.Length.TotalSeconds)}s", StringComparison.Ordinal);
                    var answer = await QueryAsync(run, baseUrl, artifact, query, window, Options.Step, cancellationToken);
                    run.Count(artifact, answer.Series.Sum(s => s.Samples.Count));
                    return new ImpactQueryAnswer(query, run.Key(artifact).Path, answer.Series);
                }
                var users = string.IsNullOrWhiteSpace(impact.AffectedUsers) ? null : await RangeAsync("users", impact.AffectedUsers, new EvidenceWindow(span.To, span.To));
                run.Computed(ImpactCalculator.Compute(new ImpactInputs
                {
                    Service = service,
                    Source = Source,
                    Span = span,
                    Step = Options.Step,
                    Failed = await RangeAsync("failed", impact.FailedRequests, span),
                    Total = string.IsNullOrWhiteSpace(impact.TotalRequests) ? null : await RangeAsync("total", impact.TotalRequests, span),
                    Slo = impact.Slo,
                    Users = users is null ? null
                        : ((long)Math.Round(users.Series.Sum(s => s.Samples.Count > 0 ? s.Samples[^1].Value : 0)), users.Query, users.EvidenceRef),
                }));
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not OutOfMemoryException)
            {
                Logger.LogWarning("Impact of {Service} could not be computed from Prometheus: {Error}", service, e.Message);
                run.Computed(ImpactCalculator.NotComputed(service, Source, span, $"could not compute ({Reason(e, cancellationToken)})"));
            }
        }
    }

    /// <summary>Why a query gave no answer, as the recurrence check and the impact both say it; <paramref name="cancellationToken"/> is the timed one.</summary>
    private string Reason(Exception e, CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested || e is TimeoutRejectedException or OperationCanceledException
            ? $"Prometheus did not answer within {Options.Timeout.TotalSeconds:0} s"
            : e is InvalidOperationException or EvidenceRequestException ? e.Message : $"Prometheus could not be read: {e.Message}";

    private IEnumerable<PrometheusQueryOptions> Queries(string service) =>
        (Options.Services.TryGetValue(service, out var own) ? own : []).Concat(service != "*" && Options.Services.TryGetValue("*", out var all) ? all : []);

    public async Task<(ImmutableList<QueryRecurrence> Queries, ImmutableList<AlertRecurrence> Alerts)> CheckAsync(string postMortemId, string checkName,
        IReadOnlyList<SignatureQuery> queries, IReadOnlyList<SignatureAlert> alerts, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken = default)
    {
        var interval = new EvidenceWindow(from, to);
        var step = TimeSpan.FromSeconds(Math.Max(Options.Step.TotalSeconds, Math.Ceiling(interval.Length.TotalSeconds / MaxPoints)));
        var run = new CollectionRun(Store, postMortemId, RecurrenceSource, interval, new Domain.Model.Incident());
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.Timeout);
        var checkedQueries = ImmutableList.CreateBuilder<QueryRecurrence>();
        foreach (var query in queries)
        {
            var artifact = $"{checkName}-{SafeName.From(query.Name)}.json";
            checkedQueries.Add(await OrNotCheckedAsync(
                async () => RecurrenceEvaluator.EvaluateQuery(query, await QueryAsync(run, BaseUrl(), artifact, query.Query!, interval, step, timeout.Token), from, to, step)
                    with { EvidenceRef = run.Key(artifact).Path },
                reason => QueryRecurrence.NotChecked(query, reason), timeout, cancellationToken));
        }
        var checkedAlerts = alerts.Count == 0 ? [] : await OrNotCheckedAsync(
            async () => RecurrenceEvaluator.EvaluateAlerts(alerts, await QueryAsync(run, BaseUrl(), $"{checkName}-alerts.json", Options.AlertsQuery, interval, step, timeout.Token), from, to, step),
            reason => [.. alerts.Select(a => AlertRecurrence.NotChecked(a, reason))], timeout, cancellationToken);
        return (checkedQueries.ToImmutable(), checkedAlerts);
    }

    /// <summary>A source missing or unreachable becomes "could not check (reason)", never a silent pass.</summary>
    private async Task<T> OrNotCheckedAsync<T>(Func<Task<T>> check, Func<string, T> notChecked, CancellationTokenSource timeout, CancellationToken cancellationToken)
    {
        try
        {
            return await check();
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not OutOfMemoryException)
        {
            Logger.LogWarning("Recurrence check against Prometheus failed: {Error}", e.Message);
            return notChecked(Reason(e, timeout.Token));
        }
    }

    private Uri BaseUrl() => Options.BaseUrl ?? throw new InvalidOperationException($"no Prometheus is configured ({PrometheusCollectorOptions.Section}:BaseUrl is not set)");

    private async Task<PrometheusRange> QueryAsync(CollectionRun run, Uri baseUrl, string artifact, string query, EvidenceWindow window, TimeSpan step,
        CancellationToken cancellationToken)
    {
        var url = new Uri(baseUrl, "api/v1/query_range?" + string.Join("&",
            $"query={Uri.EscapeDataString(query)}",
            $"start={Uri.EscapeDataString(UtcFormat.Iso(window.From))}",
            $"end={Uri.EscapeDataString(UtcFormat.Iso(window.To))}",
            $"step={step.TotalSeconds.ToString(CultureInfo.InvariantCulture)}"));
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
