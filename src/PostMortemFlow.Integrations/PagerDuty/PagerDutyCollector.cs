using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PostMortemFlow.Domain.Evidence;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Collection;

namespace PostMortemFlow.Integrations.PagerDuty;

/// <summary>
/// Reads the incident's PagerDuty log entries of the window (who was paged, who acknowledged, escalations, notes,
/// resolution), stores each page and drafts a row per entry that matters to the timeline.
/// </summary>
public sealed class PagerDutyCollector(HttpClient http, IArtifactStore store, IOptions<PagerDutyCollectorOptions> options, TimeProvider clock, ILogger<PagerDutyCollector> logger)
    : EvidenceCollector<PagerDutyCollectorOptions>(store, options.Value, clock, logger)
{
    public const string SourceName = "pagerduty";

    public override string Source => SourceName;

    protected override async Task CollectCoreAsync(CollectionRun run, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Options.Token))
        {
            throw new InvalidOperationException($"{PagerDutyCollectorOptions.Section}:Token is not set");
        }
        var fromIncident = run.Incident.Source == IncidentSource.PagerDuty && run.Incident.Id.Length > 0;
        var services = run.Incident.AffectedServices.Select(s => Options.ServiceIds.GetValueOrDefault(s)).OfType<string>().ToHashSet();
        if (!fromIncident && services.Count == 0)
        {
            throw new InvalidOperationException("the incident is not a PagerDuty incident and none of its services has a PagerDuty service id");
        }
        var path = fromIncident ? $"incidents/{Uri.EscapeDataString(run.Incident.Id)}/log_entries" : "log_entries";
        var times = new List<DateTimeOffset>();
        var more = true;
        for (var page = 0; more && page < Options.MaxPages; page++)
        {
            var url = new Uri(Options.BaseUrl, path + "?" + string.Join("&",
                $"since={Uri.EscapeDataString(UtcFormat.Iso(run.Window.From))}", $"until={Uri.EscapeDataString(UtcFormat.Iso(run.Window.To))}", "is_overview=false", "time_zone=UTC",
                $"limit={Options.PageSize}", $"offset={page * Options.PageSize}"));
            using var response = await http.SendStreamingAsync(new HttpRequestMessage(HttpMethod.Get, url)
            {
                Headers =
                {
                    Authorization = new AuthenticationHeaderValue("Token", $"token={Options.Token}"),
                },
            }.WithAccept("application/vnd.pagerduty+json;version=2"), cancellationToken);
            await HttpAnswers.EnsureSuccessAsync(response, cancellationToken);
            var artifact = $"log-entries-{page + 1}.json";
            await using (var content = await response.Content.ReadAsStreamAsync(cancellationToken))
            {
                await run.StoreAsync(artifact, url.PathAndQuery, content, cancellationToken);
            }
            await using var stored = await run.OpenAsync(artifact, cancellationToken);
            using var json = await JsonDocument.ParseAsync(stored, cancellationToken: cancellationToken);
            var entries = json.RootElement.GetProperty("log_entries");
            run.Count(artifact, entries.GetArrayLength());
            foreach (var entry in entries.EnumerateArray())
            {
                if (!fromIncident && !services.Contains(Id(entry, "service") ?? ""))
                {
                    continue;
                }
                if (Read(run, entry, artifact) is { } time)
                {
                    times.Add(time);
                }
            }
            more = json.RootElement.TryGetProperty("more", out var m) && m.ValueKind == JsonValueKind.True;
        }
        if (more)
        {
            run.Gap(times.DefaultIfEmpty(run.Window.From).Max(), run.Window.To, $"more than {Options.MaxPages} pages of log entries; the rest was not read");
        }
        run.Cover(run.Window);
    }

    private static DateTimeOffset? Read(CollectionRun run, JsonElement entry, string artifact)
    {
        if (!entry.TryGetProperty("created_at", out var created) || !created.TryGetDateTimeOffset(out var time))
        {
            return null;
        }
        var agent = Summary(entry, "agent") ?? "PagerDuty";
        var summary = entry.TryGetProperty("summary", out var s) ? s.GetString() ?? "" : "";
        var type = entry.TryGetProperty("type", out var t) ? t.GetString() : "";
        (string Text, TimelineEntryKind Kind, string Actor)? row = type switch
        {
            "trigger_log_entry" => ($"PagerDuty incident triggered: {summary}", TimelineEntryKind.Event, "System"),
            "notify_log_entry" => ($"Paged {Summary(entry, "user") ?? agent}", TimelineEntryKind.Paged, Summary(entry, "user") ?? agent),
            "acknowledge_log_entry" => ($"Acknowledged by {agent}", TimelineEntryKind.Acknowledged, agent),
            "escalate_log_entry" => ($"Escalated: {summary}", TimelineEntryKind.Escalated, agent),
            "annotate_log_entry" => ($"Note by {agent}: {Note(entry) ?? summary}", TimelineEntryKind.Event, agent),
            "assign_log_entry" => ($"Assigned: {summary}", TimelineEntryKind.Event, agent),
            "resolve_log_entry" => ($"Resolved in PagerDuty by {agent}", TimelineEntryKind.Resolved, agent),
            _ => null,
        };
        if (row is { } r && run.Window.Contains(time))
        {
            run.Add(run.Row(time, r.Text, r.Kind, artifact, r.Actor));
        }
        return time;
    }

    private static string? Summary(JsonElement entry, string property) =>
        entry.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Object && value.TryGetProperty("summary", out var s) ? s.GetString() : null;

    private static string? Id(JsonElement entry, string property) =>
        entry.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Object && value.TryGetProperty("id", out var s) ? s.GetString() : null;

    private static string? Note(JsonElement entry)
    {
        if (entry.TryGetProperty("note", out var note))
        {
            if (note.ValueKind == JsonValueKind.String)
            {
                return note.GetString();
            }
            if (note.ValueKind == JsonValueKind.Object && note.TryGetProperty("content", out var content))
            {
                return content.GetString();
            }
        }
        return entry.TryGetProperty("channel", out var channel) && channel.ValueKind == JsonValueKind.Object && channel.TryGetProperty("summary", out var s) ? s.GetString() : null;
    }
}
