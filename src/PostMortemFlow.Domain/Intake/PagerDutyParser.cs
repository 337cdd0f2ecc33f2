using System.Text.Json;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Intake;

/// <summary>PagerDuty V3 webhooks: one event per delivery, one incident per PagerDuty incident id.</summary>
public static class PagerDutyParser
{
    public const string SourceName = "pagerduty";

    public static IntakeParseResult Parse(JsonElement root, IntakePolicy policy)
    {
        var read = new PayloadReader();
        if (root.ValueKind != JsonValueKind.Object)
        {
            read.Problem("$", "Expected a JSON object.");
            return read.Failed();
        }
        if (read.Object(root, "event", "event") is not { } ev)
        {
            return read.Failed();
        }
        var eventId = read.String(ev, "id", "event.id");
        var type = read.String(ev, "event_type", "event.event_type");
        var occurred = read.Time(ev, "occurred_at", "event.occurred_at");
        var data = read.Object(ev, "data", "event.data");
        if (read.HasProblems)
        {
            return read.Failed();
        }
        if (!type!.StartsWith("incident.", StringComparison.Ordinal))
        {
            return IntakeParseResult.Skip($"PagerDuty {PayloadReader.Clip(type, 60)} events do not concern an incident.");
        }

        var agent = ev.TryGetProperty("agent", out var a) && a.ValueKind == JsonValueKind.Object
            ? read.String(a, "summary", "event.agent.summary", required: false, max: PayloadReader.MaxName) : null;
        var d = data!.Value;
        // incident.annotated carries the note, with the incident as a reference inside it.
        var isNote = type == "incident.annotated";
        var incident = isNote ? read.Object(d, "incident", "event.data.incident") : d;
        var incidentId = incident is { } i ? read.String(i, "id", isNote ? "event.data.incident.id" : "event.data.id", max: PayloadReader.MaxName) : null;
        var note = isNote ? read.String(d, "content", "event.data.content", required: false) : null;
        string? title = null, priority = null, service = null, number = null;
        DateTimeOffset? createdAt = null;
        var assignees = new List<string>();
        if (!isNote)
        {
            title = read.String(d, "title", "event.data.title", required: false, max: PayloadReader.MaxName);
            createdAt = read.Time(d, "created_at", "event.data.created_at", required: false);
            priority = read.Object(d, "priority", "event.data.priority", required: false) is { } p
                ? read.String(p, "summary", "event.data.priority.summary", required: false) : null;
            service = read.Object(d, "service", "event.data.service", required: false) is { } s
                ? read.String(s, "summary", "event.data.service.summary", required: false, max: PayloadReader.MaxName) : null;
            number = d.TryGetProperty("number", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetRawText() : null;
            if (read.Array(d, "assignees", "event.data.assignees", required: false) is { } list)
            {
                foreach (var assignee in list.EnumerateArray())
                {
                    if (assignee.ValueKind == JsonValueKind.Object && assignee.TryGetProperty("summary", out var who) && who.ValueKind == JsonValueKind.String)
                    {
                        assignees.Add(PayloadReader.Clip(who.GetString(), PayloadReader.MaxName)!);
                    }
                }
            }
        }
        if (read.HasProblems)
        {
            return read.Failed();
        }

        var at = occurred!.Value;
        var by = agent ?? "System";
        var to = assignees.Count > 0 ? $" to {string.Join(", ", assignees)}" : "";
        var label = number is null ? "PagerDuty incident" : $"PagerDuty incident #{number}";
        var (text, kind, status) = type switch
        {
            "incident.triggered" => ($"{label} triggered, paging {(assignees.Count > 0 ? string.Join(", ", assignees) : "on-call")}", TimelineEntryKind.Paged, (IncidentStatus?)IncidentStatus.Firing),
            "incident.acknowledged" => ($"{label} acknowledged by {by}", TimelineEntryKind.Acknowledged, IncidentStatus.Acknowledged),
            "incident.escalated" => ($"{label} escalated{to}", TimelineEntryKind.Escalated, null),
            "incident.reassigned" => ($"{label} reassigned{to}", TimelineEntryKind.Event, null),
            "incident.annotated" => ($"Note on {label} by {by}: {note}", TimelineEntryKind.Event, null),
            "incident.resolved" => ($"{label} resolved by {by}", TimelineEntryKind.Resolved, IncidentStatus.Resolved),
            "incident.reopened" or "incident.unacknowledged" => ($"{label} {type["incident.".Length..]}", TimelineEntryKind.Event, IncidentStatus.Firing),
            _ => ($"{label}: {type["incident.".Length..].Replace('_', ' ')}", TimelineEntryKind.Event, null),
        };
        var actor = kind is TimelineEntryKind.Acknowledged or TimelineEntryKind.Resolved || isNote ? by : "System";
        return IntakeParseResult.Of(new IncidentDelivery
        {
            Source = IncidentSource.PagerDuty,
            ExternalId = incidentId!,
            DeliveryId = eventId!,
            Title = title,
            SeverityLabel = priority,
            Severity = SeverityLabels.ToSeverity(priority),
            Status = status,
            StartedAt = createdAt ?? (type == "incident.triggered" ? at : null),
            EndedAt = type == "incident.resolved" ? at : null,
            Reopened = type == "incident.reopened",
            Services = service is null ? [] : [service],
            Events = [new TimelineEntry { Time = at, Event = PayloadReader.Clip(text, PayloadReader.MaxText)!, Source = SourceName, Actor = actor, Kind = kind }],
        });
    }
}
