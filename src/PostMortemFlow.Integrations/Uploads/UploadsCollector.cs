using System.Text.Json;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Workflow;
using PostMortemFlow.Domain.Workflow.Commands;
using PostMortemFlow.Integrations.Effects;

namespace PostMortemFlow.Integrations.Uploads;

/// <summary>
/// Imports timeline events from files uploaded to the post-mortem: NDJSON, one event per line with
/// <c>time</c> (ISO 8601 with zone), <c>event</c>, and optional <c>source</c>, <c>actor</c>, <c>kind</c>.
/// Lines it cannot read are counted and reported as a data gap rather than dropped silently.
/// </summary>
public sealed class UploadsCollector(UploadStore store) : IEvidenceCollector
{
    public const string SourceName = "uploads";

    public string Source => SourceName;

    public async Task<CollectorFinished> CollectAsync(PostMortemState state, CancellationToken cancellationToken = default)
    {
        var entries = ImmutableList.CreateBuilder<TimelineEntry>();
        var gaps = ImmutableList.CreateBuilder<DataGap>();
        foreach (var file in store.Files(state.Id))
        {
            var unreadable = 0;
            using var reader = new StreamReader(file);
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.Length == 0)
                {
                    continue;
                }
                if (TryRead(line, Path.GetFileName(file), out var entry))
                {
                    entries.Add(entry);
                }
                else
                {
                    unreadable++;
                }
            }
            if (unreadable > 0)
            {
                var incident = state.PostMortem.Incident;
                gaps.Add(new DataGap
                {
                    Source = $"{SourceName}/{Path.GetFileName(file)}",
                    From = incident.StartedAt,
                    To = incident.EndedAt ?? incident.StartedAt,
                    Reason = $"{unreadable} line(s) could not be read as timeline events",
                });
            }
        }
        return new CollectorFinished(SourceName, entries.ToImmutable(), gaps.ToImmutable());
    }

    private static bool TryRead(string line, string file, out TimelineEntry entry)
    {
        entry = new TimelineEntry();
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("time", out var time) || !time.TryGetDateTimeOffset(out var at)
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
                EvidenceRef = $"{SourceName}/{file}",
            };
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
