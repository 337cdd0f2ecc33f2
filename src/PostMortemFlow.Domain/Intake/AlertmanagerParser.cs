using System.Text.Json;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Intake;

/// <summary>The Alertmanager webhook (version "4"): one incident per group key.</summary>
public static class AlertmanagerParser
{
    public const string SourceName = "alertmanager";

    public static IntakeParseResult Parse(JsonElement root, string bodyHash, IntakePolicy policy)
    {
        var read = new PayloadReader();
        if (root.ValueKind != JsonValueKind.Object)
        {
            read.Problem("$", "Expected a JSON object.");
            return read.Failed();
        }
        var version = read.String(root, "version", "version");
        if (version is not null && version != "4")
        {
            read.Problem("version", $"Unknown webhook version '{PayloadReader.Clip(version, 20)}'; version 4 is supported.");
        }
        var groupKey = read.String(root, "groupKey", "groupKey", max: 2000);
        var status = read.String(root, "status", "status");
        if (status is not null && status is not ("firing" or "resolved"))
        {
            read.Problem("status", "Expected firing or resolved.");
        }
        var commonLabels = read.Map(root, "commonLabels", "commonLabels");
        var commonAnnotations = read.Map(root, "commonAnnotations", "commonAnnotations");
        var groupLabels = read.Map(root, "groupLabels", "groupLabels");
        var alerts = new List<Alert>();
        if (read.Array(root, "alerts", "alerts") is { } array)
        {
            var i = 0;
            foreach (var element in array.EnumerateArray())
            {
                var path = $"alerts[{i++}]";
                if (element.ValueKind != JsonValueKind.Object)
                {
                    read.Problem(path, "Expected an object.");
                    continue;
                }
                var alertStatus = read.String(element, "status", $"{path}.status");
                var labels = read.Map(element, "labels", $"{path}.labels", required: true);
                var startsAt = read.Time(element, "startsAt", $"{path}.startsAt");
                var endsAt = read.Time(element, "endsAt", $"{path}.endsAt", required: false);
                read.Map(element, "annotations", $"{path}.annotations");
                read.String(element, "fingerprint", $"{path}.fingerprint", required: false);
                if (alertStatus is not null && startsAt is { } start)
                {
                    alerts.Add(new Alert(alertStatus == "resolved", labels, start, endsAt));
                }
            }
            if (i == 0)
            {
                read.Problem("alerts", "At least one alert is required.");
            }
        }
        if (read.HasProblems)
        {
            return read.Failed();
        }

        var resolved = status == "resolved";
        var severityLabel = commonLabels.GetValueOrDefault("severity")
            ?? alerts.Select(a => a.Labels.GetValueOrDefault("severity")).Where(s => s is not null)
                .OrderBy(s => SeverityLabels.ToSeverity(s) ?? Severity.Sev4).FirstOrDefault();
        var alertName = groupLabels.GetValueOrDefault("alertname") ?? commonLabels.GetValueOrDefault("alertname") ?? "alert";
        var events = ImmutableList.CreateBuilder<TimelineEntry>();
        foreach (var alert in alerts)
        {
            var name = alert.Labels.GetValueOrDefault("alertname") ?? alertName;
            var where = policy.ServicesFromLabels(alert.Labels) is { IsEmpty: false } s ? $" ({string.Join(", ", s)})" : "";
            events.Add(Entry(alert.StartsAt, $"Alert {name} fired{where}", TimelineEntryKind.Detected));
            if (alert.Resolved && alert.EndsAt is { } end)
            {
                events.Add(Entry(end, $"Alert {name} resolved{where}", TimelineEntryKind.Resolved));
            }
        }
        var services = policy.ServicesFromLabels(commonLabels);
        if (services.IsEmpty)
        {
            services = alerts.SelectMany(a => policy.ServicesFromLabels(a.Labels)).Distinct(StringComparer.Ordinal).ToImmutableList();
        }
        return IntakeParseResult.Of(new IncidentDelivery
        {
            Source = IncidentSource.Alertmanager,
            ExternalId = groupKey!,
            DeliveryId = bodyHash,
            Title = PayloadReader.Clip(commonAnnotations.GetValueOrDefault("summary") ?? $"Alert {alertName}", PayloadReader.MaxName),
            SeverityLabel = severityLabel,
            Severity = SeverityLabels.ToSeverity(severityLabel),
            Status = resolved ? IncidentStatus.Resolved : IncidentStatus.Firing,
            StartedAt = alerts.Min(a => a.StartsAt),
            EndedAt = resolved ? alerts.Select(a => a.EndsAt).Max() : null,
            Services = services,
            Events = events.ToImmutable(),
        });
    }

    private static TimelineEntry Entry(DateTimeOffset at, string text, TimelineEntryKind kind) =>
        new() { Time = at, Event = PayloadReader.Clip(text, PayloadReader.MaxText)!, Source = SourceName, Actor = "System", Kind = kind };

    private sealed record Alert(bool Resolved, ImmutableDictionary<string, string> Labels, DateTimeOffset StartsAt, DateTimeOffset? EndsAt);
}
