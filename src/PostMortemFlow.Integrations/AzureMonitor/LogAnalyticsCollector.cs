using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Collection;

namespace PostMortemFlow.Integrations.AzureMonitor;

/// <summary>
/// Runs each service's KQL over the window through the Log Analytics query API, stores the answers, and drafts the
/// first error and the deploys/config changes from the rows. A 200 carrying <c>PartialError</c> is a data gap:
/// the rows are kept but the result is incomplete.
/// </summary>
public sealed class LogAnalyticsCollector(HttpClient http, IArtifactStore store, IOptions<LogAnalyticsCollectorOptions> options, TimeProvider clock, ILogger<LogAnalyticsCollector> logger)
    : EvidenceCollector<LogAnalyticsCollectorOptions>(store, options.Value, clock, logger)
{
    public const string SourceName = "loganalytics";

    public override string Source => SourceName;

    protected override async Task CollectCoreAsync(CollectionRun run, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Options.WorkspaceId))
        {
            throw new InvalidOperationException($"{LogAnalyticsCollectorOptions.Section}:WorkspaceId is not set");
        }
        var services = run.Incident.AffectedServices.Count > 0 ? run.Incident.AffectedServices : ["*"];
        foreach (var service in services)
        {
            var queries = (Options.Services.TryGetValue(service, out var own) ? own : [])
                .Concat(service != "*" && Options.Services.TryGetValue("*", out var all) ? all : []);
            foreach (var query in queries)
            {
                var artifact = $"{SafeName.From(service)}-{SafeName.From(query.Name)}.json";
                await QueryAsync(run, artifact, Kql(query.Kql, service, run.Window), run.Window, cancellationToken);
                await ReadAsync(run, artifact, query.Name, cancellationToken);
            }
        }
        await ComputeImpactsAsync(run, services, cancellationToken);
    }

    /// <summary>Each service's impact from its KQL counts over first symptom → recovery; a refused query says why instead of a number.</summary>
    private async Task ComputeImpactsAsync(CollectionRun run, IReadOnlyList<string> services, CancellationToken cancellationToken)
    {
        var span = run.SymptomSpan();
        foreach (var (service, impact) in ImpactQueryOptions.ForServices(Options.Impact, services))
        {
            var name = SafeName.From(service == "*" ? "all" : service);
            try
            {
                if (impact.Problems($"{LogAnalyticsCollectorOptions.Section}:Impact:{service}").FirstOrDefault() is { } problem)
                {
                    throw new InvalidOperationException(problem);
                }
                async Task<(string Kql, string Ref, List<(DateTimeOffset Time, double Value)> Rows)> RunAsync(string what, string text)
                {
                    var artifact = $"{name}-impact-{what}.json";
                    var kql = Kql(text, service, span).Replace("{bin}", $"{Math.Max(1, (long)impact.Bin.TotalSeconds)}s", StringComparison.Ordinal);
                    await QueryAsync(run, artifact, kql, span, cancellationToken);
                    var rows = await ReadNumbersAsync(run, artifact, cancellationToken);
                    run.Count(artifact, rows.Count);
                    return (kql, run.Key(artifact).Path, rows);
                }
                async Task<ImpactQueryAnswer> CountsAsync(string what, string text)
                {
                    var (kql, evidence, rows) = await RunAsync(what, text);
                    return new ImpactQueryAnswer(kql, evidence, [BinnedCounts.AsRates(what, rows, impact.Bin)]);
                }
                async Task<(long Count, string Query, string EvidenceRef)?> UsersAsync()
                {
                    if (string.IsNullOrWhiteSpace(impact.AffectedUsers))
                    {
                        return null;
                    }
                    var (kql, evidence, rows) = await RunAsync("users", impact.AffectedUsers);
                    return ((long)Math.Round(rows.Sum(r => r.Value)), kql, evidence);
                }
                run.Computed(ImpactCalculator.Compute(new ImpactInputs
                {
                    Service = service,
                    Source = Source,
                    Span = span,
                    Step = impact.Bin,
                    Failed = await CountsAsync("failed", impact.FailedRequests),
                    Total = string.IsNullOrWhiteSpace(impact.TotalRequests) ? null : await CountsAsync("total", impact.TotalRequests),
                    Slo = impact.Slo,
                    Users = await UsersAsync(),
                }));
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not OutOfMemoryException)
            {
                Logger.LogWarning("Impact of {Service} could not be computed from Log Analytics: {Error}", service, e.Message);
                run.Computed(ImpactCalculator.NotComputed(service, Source, span, $"could not compute ({e.Message})"));
            }
        }
    }

    private static string Kql(string text, string service, EvidenceWindow window) =>
        text.Replace("{service}", service, StringComparison.Ordinal)
            .Replace("{start}", UtcFormat.Iso(window.From), StringComparison.Ordinal).Replace("{end}", UtcFormat.Iso(window.To), StringComparison.Ordinal);

    /// <summary>Runs one query over the window and stores its answer; an answer other than 2xx is an error naming its code.</summary>
    private async Task QueryAsync(CollectionRun run, string artifact, string kql, EvidenceWindow window, CancellationToken cancellationToken)
    {
        var url = new Uri(Options.Endpoint, $"v1/workspaces/{Uri.EscapeDataString(Options.WorkspaceId)}/query");
        var body = JsonSerializer.Serialize(new { query = kql, timespan = $"{UtcFormat.Iso(window.From)}/{UtcFormat.Iso(window.To)}" });
        using var response = await http.SendStreamingAsync(new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        }, cancellationToken);
        await ThrowOnErrorAsync(response, cancellationToken);
        await using var content = await response.Content.ReadAsStreamAsync(cancellationToken);
        await run.StoreAsync(artifact, kql, content, cancellationToken);
    }

    /// <summary>
    /// The first table's rows as (time, number): its first datetime and first numeric column; a table without a time
    /// (one <c>dcount</c>) gives its numbers at the span's end. A partial answer is refused: a count it misses is wrong.
    /// </summary>
    private static async Task<List<(DateTimeOffset Time, double Value)>> ReadNumbersAsync(CollectionRun run, string artifact, CancellationToken cancellationToken)
    {
        await using var stored = await run.OpenAsync(artifact, cancellationToken);
        using var json = await JsonDocument.ParseAsync(stored, cancellationToken: cancellationToken);
        var root = json.RootElement;
        if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            throw new EvidenceRequestException(200, $"the answer is partial ({(error.TryGetProperty("code", out var c) ? c.GetString() : "PartialError")}), so its counts are incomplete");
        }
        var numbers = new List<(DateTimeOffset, double)>();
        if (!root.TryGetProperty("tables", out var tables) || tables.ValueKind != JsonValueKind.Array || tables.GetArrayLength() == 0)
        {
            return numbers;
        }
        var table = tables[0];
        var types = table.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("type").GetString() ?? "").ToList();
        var timeColumn = types.IndexOf("datetime");
        var valueColumn = types.FindIndex(t => t is "long" or "int" or "real" or "decimal");
        if (valueColumn < 0)
        {
            throw new EvidenceRequestException(200, "the query's first table has no numeric column to count");
        }
        foreach (var row in table.GetProperty("rows").EnumerateArray())
        {
            var cells = row.EnumerateArray().ToList();
            if (valueColumn >= cells.Count || timeColumn >= cells.Count)
            {
                continue;
            }
            var time = timeColumn < 0 ? run.Window.To
                : cells[timeColumn].ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(cells[timeColumn].GetString(), CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) ? t : (DateTimeOffset?)null;
            var value = cells[valueColumn].ValueKind == JsonValueKind.Number ? cells[valueColumn].GetDouble()
                : cells[valueColumn].ValueKind == JsonValueKind.String && double.TryParse(cells[valueColumn].GetString(), CultureInfo.InvariantCulture, out var v) ? v : (double?)null;
            if (time is { } at && value is { } number)
            {
                numbers.Add((at, number));
            }
        }
        return numbers;
    }

    private static async Task ReadAsync(CollectionRun run, string artifact, string name, CancellationToken cancellationToken)
    {
        await using var stored = await run.OpenAsync(artifact, cancellationToken);
        using var json = await JsonDocument.ParseAsync(stored, cancellationToken: cancellationToken);
        var root = json.RootElement;
        var extractor = new LogEvidenceExtractor(SourceName, run.Key(artifact).Path, run.Window);
        var times = new List<DateTimeOffset>();
        long rows = 0;
        if (root.TryGetProperty("tables", out var tables) && tables.ValueKind == JsonValueKind.Array && tables.GetArrayLength() > 0)
        {
            var table = tables[0];
            var columns = table.GetProperty("columns").EnumerateArray().Select(c => (Name: c.GetProperty("name").GetString() ?? "", Type: c.GetProperty("type").GetString() ?? "")).ToList();
            var timeColumn = columns.FindIndex(c => c.Name == "TimeGenerated");
            timeColumn = timeColumn >= 0 ? timeColumn : columns.FindIndex(c => c.Type == "datetime");
            foreach (var row in table.GetProperty("rows").EnumerateArray())
            {
                rows++;
                var cells = row.EnumerateArray().ToList();
                if (timeColumn < 0 || timeColumn >= cells.Count || cells[timeColumn].ValueKind != JsonValueKind.String
                    || !DateTimeOffset.TryParse(cells[timeColumn].GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
                {
                    continue;
                }
                times.Add(time);
                var text = string.Join(" ", cells.Where((c, i) => i != timeColumn && c.ValueKind is JsonValueKind.String or JsonValueKind.Number).Select(c => c.ToString()));
                extractor.Add($"{time.UtcDateTime:O} {text}");
            }
        }
        run.Count(artifact, rows);
        run.Cover(Coverage.Covered(run.Window, times));
        foreach (var entry in extractor.Entries())
        {
            run.Add(entry);
        }
        if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            var code = error.TryGetProperty("code", out var c) ? c.GetString() : "Error";
            var message = error.TryGetProperty("message", out var m) ? m.GetString() : "";
            var details = error.TryGetProperty("details", out var d) && d.ValueKind == JsonValueKind.Array
                ? string.Join("; ", d.EnumerateArray().Select(x => x.TryGetProperty("message", out var dm) ? dm.GetString() : null).OfType<string>())
                : "";
            run.Gap(run.Window.From, run.Window.To, $"{name}: {code}: {message}{(details.Length > 0 ? $" ({details})" : "")}; the rows may be incomplete");
        }
    }

    private static async Task ThrowOnErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        string? code = null, message = null;
        try
        {
            using var json = JsonDocument.Parse(text);
            if (json.RootElement.TryGetProperty("error", out var error))
            {
                code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
                message = error.TryGetProperty("message", out var m) ? m.GetString() : null;
            }
        }
        catch (JsonException)
        {
        }
        throw new EvidenceRequestException((int)response.StatusCode, $"HTTP {(int)response.StatusCode} {code}: {message ?? text}", code);
    }
}
