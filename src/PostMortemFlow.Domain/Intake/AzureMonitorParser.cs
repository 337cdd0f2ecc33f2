using System.Text.Json;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Intake;

/// <summary>The Azure Monitor common alert schema: one incident per alert id.</summary>
public static class AzureMonitorParser
{
    public const string SourceName = "azure-monitor";
    public const string SchemaId = "azureMonitorCommonAlertSchema";

    public static IntakeParseResult Parse(JsonElement root, string bodyHash, IntakePolicy policy)
    {
        var read = new PayloadReader();
        if (root.ValueKind != JsonValueKind.Object)
        {
            read.Problem("$", "Expected a JSON object.");
            return read.Failed();
        }
        var schema = read.String(root, "schemaId", "schemaId");
        if (schema is not null && schema != SchemaId)
        {
            read.Problem("schemaId", $"Unknown schema '{PayloadReader.Clip(schema, 60)}'; enable the common alert schema on the action.");
            return read.Failed();
        }
        if (read.Object(root, "data", "data") is not { } data || read.Object(data, "essentials", "data.essentials") is not { } e)
        {
            return read.Failed();
        }
        var alertId = read.String(e, "alertId", "data.essentials.alertId", max: 2000);
        var rule = read.String(e, "alertRule", "data.essentials.alertRule", max: PayloadReader.MaxName);
        var severityLabel = read.String(e, "severity", "data.essentials.severity");
        var severity = SeverityLabels.ToSeverity(severityLabel);
        if (severityLabel is not null && (severity is null || !severityLabel.StartsWith("Sev", StringComparison.Ordinal)))
        {
            read.Problem("data.essentials.severity", "Expected Sev0 … Sev4.");
        }
        var condition = read.String(e, "monitorCondition", "data.essentials.monitorCondition");
        if (condition is not null && condition is not ("Fired" or "Resolved"))
        {
            read.Problem("data.essentials.monitorCondition", "Expected Fired or Resolved.");
        }
        var fired = read.Time(e, "firedDateTime", "data.essentials.firedDateTime");
        var resolvedAt = read.Time(e, "resolvedDateTime", "data.essentials.resolvedDateTime", required: false);
        var description = read.String(e, "description", "data.essentials.description", required: false, max: PayloadReader.MaxName);
        var signal = read.String(e, "signalType", "data.essentials.signalType", required: false);
        var targets = new List<string>();
        if (read.Array(e, "alertTargetIDs", "data.essentials.alertTargetIDs", required: false) is { } ids)
        {
            var i = 0;
            foreach (var id in ids.EnumerateArray())
            {
                if (id.ValueKind == JsonValueKind.String)
                {
                    targets.Add(id.GetString()!);
                }
                else
                {
                    read.Problem($"data.essentials.alertTargetIDs[{i}]", "Expected a string.");
                }
                i++;
            }
        }
        var custom = read.Map(data, "customProperties", "data.customProperties");
        if (read.HasProblems)
        {
            return read.Failed();
        }

        var resolved = condition == "Resolved";
        var end = resolved ? resolvedAt ?? fired : null;
        var services = policy.ServicesFromLabels(custom);
        if (services.IsEmpty)
        {
            services = targets.Select(ResourceName).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToImmutableList();
        }
        var what = signal is null ? "" : $" ({signal})";
        var events = ImmutableList.Create(Entry(fired!.Value, $"Azure Monitor alert '{rule}' fired{what}", TimelineEntryKind.Detected));
        if (end is { } endedAt)
        {
            events = events.Add(Entry(endedAt, $"Azure Monitor alert '{rule}' resolved", TimelineEntryKind.Resolved));
        }
        return IntakeParseResult.Of(new IncidentDelivery
        {
            Source = IncidentSource.AzureMonitor,
            // The alert id is an ARM path; its last segment (a GUID) is the identity.
            ExternalId = ResourceName(alertId!) is { Length: > 0 } last ? last : alertId!,
            DeliveryId = bodyHash,
            Title = string.IsNullOrWhiteSpace(description) ? rule : description,
            SeverityLabel = severityLabel,
            Severity = severity,
            Status = resolved ? IncidentStatus.Resolved : IncidentStatus.Firing,
            StartedAt = fired,
            EndedAt = end,
            Services = services,
            Events = events,
        });
    }

    /// <summary>"/subscriptions/…/providers/Microsoft.Web/sites/checkout-api" → "checkout-api".</summary>
    private static string ResourceName(string resourceId) =>
        PayloadReader.Clip(resourceId.TrimEnd('/').Split('/')[^1].ToLowerInvariant(), PayloadReader.MaxName) ?? "";

    private static TimelineEntry Entry(DateTimeOffset at, string text, TimelineEntryKind kind) =>
        new() { Time = at, Event = PayloadReader.Clip(text, PayloadReader.MaxText)!, Source = SourceName, Actor = "System", Kind = kind };
}
