using System.Text.Json;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Integrations.Collection;

namespace PostMortemFlow.Integrations.Alertmanager;

/// <summary>Rows from Alertmanager alerts JSON (API v2 answers and uploaded exports alike).</summary>
public static class AlertmanagerEvidence
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<List<AlertmanagerAlert>> ReadAsync(Stream json, CancellationToken cancellationToken) =>
        await JsonSerializer.DeserializeAsync<List<AlertmanagerAlert>>(json, Json, cancellationToken) ?? [];

    /// <returns>How many alerts fall in the window.</returns>
    public static int AddAlerts(CollectionRun run, IEnumerable<AlertmanagerAlert> alerts, DateTimeOffset now, string artifact)
    {
        var count = 0;
        foreach (var alert in alerts.DistinctBy(a => (a.Fingerprint ?? a.Name, a.StartsAt)))
        {
            if (run.Window.Contains(alert.StartsAt))
            {
                count++;
                run.Add(run.Row(alert.StartsAt, $"Alert {alert.Name} firing", TimelineEntryKind.Detected, artifact));
            }
            if (alert.EndsAt is { } end && end > DateTimeOffset.UnixEpoch && end <= now && run.Window.Contains(end))
            {
                run.Add(run.Row(end, $"Alert {alert.Name} resolved", TimelineEntryKind.Event, artifact));
            }
        }
        return count;
    }
}
