using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Integrations.Alertmanager;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Collection;
using PostMortemFlow.Integrations.Prometheus;

namespace PostMortemFlow.Integrations.Uploads;

/// <summary>
/// Reads the files people upload (stored redacted by <see cref="EvidenceUploads"/>), by their content:
/// Prometheus <c>query_range</c> JSON (first symptom, recovery, ALERTS), Alertmanager alerts JSON (firing/resolved),
/// NDJSON timeline events (<c>time</c>, <c>event</c>, optional <c>source</c>, <c>actor</c>, <c>kind</c>) and plain or
/// NDJSON logs (first error, deploys and config changes). Lines it cannot read are reported as a data gap.
/// </summary>
public sealed class UploadsCollector(IArtifactStore store, IOptions<UploadsOptions> options, TimeProvider clock, ILogger<UploadsCollector> logger)
    : EvidenceCollector<UploadsOptions>(store, options.Value, clock, logger)
{
    public const string SourceName = "uploads";

    public override string Source => SourceName;

    protected override async Task CollectCoreAsync(CollectionRun run, CancellationToken cancellationToken)
    {
        foreach (var upload in await run.Store.ListAsync(run.PostMortemId, Source, cancellationToken))
        {
            var name = upload.Key.Name;
            string format;
            await using (var head = await run.OpenAsync(name, cancellationToken))
            {
                format = await SniffAsync(head, cancellationToken);
            }
            await using var stream = await run.OpenAsync(name, cancellationToken);
            using var hashing = new HashingReadStream(stream);
            var items = format switch
            {
                "prometheus-json" => await ReadPrometheusAsync(run, hashing, name, cancellationToken),
                "alertmanager-json" => AlertmanagerEvidence.AddAlerts(run, await AlertmanagerEvidence.ReadAsync(hashing, cancellationToken), Clock.GetUtcNow(), name),
                _ => await ReadLinesAsync(run, hashing, name, cancellationToken),
            };
            await hashing.CopyToAsync(Stream.Null, cancellationToken);
            run.Record(new ManifestArtifact { Name = name, Query = $"upload ({format})", Items = items, Bytes = hashing.BytesRead, Sha256 = hashing.Sha256() });
        }
    }

    private static async Task<string> SniffAsync(Stream content, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(content, leaveOpen: true);
        var head = new char[4096];
        var read = await reader.ReadBlockAsync(head.AsMemory(), cancellationToken);
        var text = new string(head, 0, read).TrimStart();
        return text.StartsWith('[') ? "alertmanager-json"
            : text.StartsWith('{') && text.Contains("\"resultType\"", StringComparison.Ordinal) ? "prometheus-json"
            : "log";
    }

    private static async Task<long> ReadPrometheusAsync(CollectionRun run, Stream json, string name, CancellationToken cancellationToken)
    {
        var matrix = await PrometheusRangeReader.ReadAsync(json, cancellationToken);
        if (!matrix.Succeeded)
        {
            run.Gap(run.Incident.StartedAt, run.Incident.EndedAt ?? run.Incident.StartedAt, $"{name}: {matrix.Error}");
            return 0;
        }
        var alerts = matrix with { Series = matrix.Series.Where(s => s.Label("__name__") == "ALERTS").ToList() };
        var metrics = matrix with { Series = matrix.Series.Where(s => s.Label("__name__") != "ALERTS").ToList() };
        var times = matrix.Series.SelectMany(s => s.Samples).Select(s => s.Time).Order().ToList();
        var step = times.Zip(times.Skip(1), (a, b) => b - a).Where(d => d > TimeSpan.Zero).DefaultIfEmpty(TimeSpan.FromSeconds(15)).Min();
        PrometheusEvidence.AddAlerts(run, alerts, step, name);
        PrometheusEvidence.AddSymptoms(run, Path.GetFileNameWithoutExtension(name), metrics, BaselineSettings.Default, name);
        return times.Count;
    }

    private async Task<long> ReadLinesAsync(CollectionRun run, Stream content, string name, CancellationToken cancellationToken)
    {
        var extractor = new LogEvidenceExtractor(Source, run.Key(name).Path, run.Window);
        var unreadable = 0;
        using var reader = new StreamReader(content, leaveOpen: true);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }
            if (line.TrimStart().StartsWith('{'))
            {
                switch (TryReadEvent(line, name, out var entry))
                {
                    case true:
                        run.Add(entry with { EvidenceRef = run.Key(name).Path });
                        continue;
                    case null:
                        unreadable++;
                        continue;
                }
            }
            extractor.Add(line);
        }
        foreach (var entry in extractor.Entries())
        {
            run.Add(entry);
        }
        if (unreadable > 0)
        {
            run.Gap(run.Incident.StartedAt, run.Incident.EndedAt ?? run.Incident.StartedAt, $"{name}: {unreadable} line(s) could not be read");
        }
        return extractor.Lines;
    }

    /// <returns>true for a timeline event, false for another JSON object (a log line), null when it is not JSON.</returns>
    private static bool? TryReadEvent(string line, string file, out TimelineEntry entry)
    {
        entry = new TimelineEntry();
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            if (!root.TryGetProperty("time", out var time) || !time.TryGetDateTimeOffset(out var at)
                || !root.TryGetProperty("event", out var text) || text.ValueKind != JsonValueKind.String)
            {
                return false;
            }
            entry = new TimelineEntry
            {
                Time = at.ToUniversalTime(),
                Event = text.GetString()!,
                Source = String(root, "source") ?? file,
                Actor = String(root, "actor") ?? "System",
                Kind = Enum.TryParse<TimelineEntryKind>(String(root, "kind"), ignoreCase: true, out var kind) ? kind : TimelineEntryKind.Event,
            };
            return true;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
