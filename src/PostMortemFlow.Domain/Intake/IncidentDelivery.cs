using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Intake;

/// <summary>
/// One webhook delivery, whatever its source, reduced to what the workflow needs. Fields a delivery does not
/// carry (a PagerDuty note has no priority) are null and leave the incident's earlier value in place.
/// </summary>
[GenerateSerializer, Alias("pmf.IncidentDelivery")]
public sealed record IncidentDelivery
{
    [Id(0)] public IncidentSource Source { get; init; }
    /// <summary>The source's identity of the incident: alert id, group key, PagerDuty incident id.</summary>
    [Id(1)] public string ExternalId { get; init; } = "";
    /// <summary>Identifies this delivery, so a re-sent one is recognised: the source's event id or a hash of the body.</summary>
    [Id(2)] public string DeliveryId { get; init; } = "";
    [Id(3)] public string? Title { get; init; }
    /// <summary>The severity as the source wrote it (Sev1, P2, critical); the policy reads this.</summary>
    [Id(4)] public string? SeverityLabel { get; init; }
    [Id(5)] public Severity? Severity { get; init; }
    /// <summary>Null when the delivery does not change the status (a PagerDuty note or escalation).</summary>
    [Id(6)] public IncidentStatus? Status { get; init; }
    [Id(7)] public DateTimeOffset? StartedAt { get; init; }
    [Id(8)] public DateTimeOffset? EndedAt { get; init; }
    [Id(9)] public ImmutableList<string> Services { get; init; } = [];
    /// <summary>What this delivery says happened, as draft timeline rows.</summary>
    [Id(10)] public ImmutableList<TimelineEntry> Events { get; init; } = [];
    /// <summary>A PagerDuty "reopened": the incident is no longer over.</summary>
    [Id(11)] public bool Reopened { get; init; }
}
