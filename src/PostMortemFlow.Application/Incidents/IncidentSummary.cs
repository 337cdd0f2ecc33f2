using System.Text.Json.Serialization;
using PostMortemFlow.Domain.Intake;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Application.Incidents;

/// <summary>One row of the incident list.</summary>
public sealed record IncidentSummary(
    string Key,
    IncidentSource Source,
    string? Title,
    string? SeverityLabel,
    IncidentStatus Status,
    [property: JsonPropertyName("needsPostmortem")] bool NeedsPostMortem,
    [property: JsonPropertyName("postmortemId")] string? PostMortemId,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    int Deliveries,
    DateTimeOffset LastSeenAt)
{
    public static IncidentSummary From(IncidentRecord record, IntakePolicy policy) => new(record.Key, record.Source, record.Title,
        record.SeverityLabel, record.Status, policy.NeedsPostMortem(record), record.PostMortemId, record.StartedAt, record.EndedAt,
        record.Deliveries, record.LastSeenAt);
}
