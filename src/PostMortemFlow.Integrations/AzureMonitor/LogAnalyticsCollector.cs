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
        var start = UtcFormat.Iso(run.Window.From);
        var end = UtcFormat.Iso(run.Window.To);
        var services = run.Incident.AffectedServices.Count > 0 ? run.Incident.AffectedServices : ["*"];
        var url = new Uri(Options.Endpoint, $"v1/workspaces/{Uri.EscapeDataString(Options.WorkspaceId)}/query");
        foreach (var service in services)
        {
            var queries = (Options.Services.TryGetValue(service, out var own) ? own : [])
                .Concat(service != "*" && Options.Services.TryGetValue("*", out var all) ? all : []);
            foreach (var query in queries)
            {
                var kql = query.Kql.Replace("{service}", service, StringComparison.Ordinal)
                    .Replace("{start}", start, StringComparison.Ordinal).Replace("{end}", end, StringComparison.Ordinal);
                var artifact = $"{SafeName.From(service)}-{SafeName.From(query.Name)}.json";
                var body = JsonSerializer.Serialize(new { query = kql, timespan = $"{start}/{end}" });
                using var response = await http.SendStreamingAsync(new HttpRequestMessage(HttpMethod.Post, url)
                {
                    Content = new StringContent(body, Encoding.UTF8, "application/json"),
                }, cancellationToken);
                await ThrowOnErrorAsync(response, cancellationToken);
                await using (var content = await response.Content.ReadAsStreamAsync(cancellationToken))
                {
                    await run.StoreAsync(artifact, kql, content, cancellationToken);
                }
                await ReadAsync(run, artifact, query.Name, cancellationToken);
            }
        }
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
