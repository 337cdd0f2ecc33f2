using System.Text.Json.Serialization;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Intake;

/// <summary>Everything the deliveries said about one incident; the incident grain's durable state.</summary>
[GenerateSerializer, Alias("pmf.IncidentRecord")]
public sealed record IncidentRecord
{
    /// <summary>How many delivery ids are remembered for de-duplication; sources re-send recent ones, not ancient ones.</summary>
    public const int RememberedDeliveries = 500;

    [Id(0)] public string Key { get; init; } = "";
    [Id(1)] public IncidentSource Source { get; init; }
    [Id(2)] public string ExternalId { get; init; } = "";
    [Id(3)] public string? Title { get; init; }
    [Id(4)] public string? SeverityLabel { get; init; }
    [Id(5)] public Severity? Severity { get; init; }
    [Id(6)] public IncidentStatus Status { get; init; }
    [Id(7)] public DateTimeOffset? StartedAt { get; init; }
    [Id(8)] public DateTimeOffset? EndedAt { get; init; }
    [Id(9)] public ImmutableList<string> Services { get; init; } = [];
    [Id(10)] public ImmutableList<TimelineEntry> Events { get; init; } = [];
    [Id(11)] public ImmutableList<string> DeliveryIds { get; init; } = [];
    [Id(12)] public int Deliveries { get; init; }
    [Id(13)] public DateTimeOffset FirstSeenAt { get; init; }
    [Id(14)] public DateTimeOffset LastSeenAt { get; init; }
    /// <summary>Set (and stored) before the post-mortem is declared, so a retry declares the same one.</summary>
    [Id(15)] [JsonPropertyName("postmortemId")] public string? PostMortemId { get; init; }
    [Id(16)] public string? PromotedBy { get; init; }
    [Id(17)] public long Version { get; init; }
    /// <summary>The <see cref="Version"/> the post-mortem was last brought up to date with; behind it, a hand-off is due.</summary>
    [Id(18)] public long HandedOffVersion { get; init; }
    /// <summary>Why the post-mortem refused what the incident said (e.g. an end before the start); null when it took it.</summary>
    [Id(19)] public string? HandOffProblem { get; init; }

    public bool Exists => Version > 0;

    public bool HasSeen(string deliveryId) => DeliveryIds.Contains(deliveryId, StringComparer.Ordinal);

    /// <summary>Merges what one delivery says: later values win, times and services accumulate, events are kept once.</summary>
    public IncidentRecord Apply(IncidentDelivery delivery, DateTimeOffset now)
    {
        var events = Events.AddRange(delivery.Events.Where(e => !Events.Any(x => x.Time == e.Time && x.Event == e.Event && x.Source == e.Source)))
            .Sort((x, y) => x.Time.CompareTo(y.Time));
        var earliest = new[] { StartedAt, delivery.StartedAt, events.IsEmpty ? null : events[0].Time }.Where(t => t is not null).Min();
        var ids = DeliveryIds.Add(delivery.DeliveryId);
        return this with
        {
            Key = Exists ? Key : IncidentKeys.For(delivery.Source, delivery.ExternalId),
            Source = delivery.Source,
            ExternalId = Exists ? ExternalId : delivery.ExternalId,
            Title = delivery.Title ?? Title,
            SeverityLabel = delivery.SeverityLabel ?? SeverityLabel,
            Severity = delivery.Severity ?? Severity,
            Status = delivery.Status ?? Status,
            StartedAt = earliest ?? now,
            EndedAt = delivery.Reopened ? null : delivery.EndedAt is { } end ? Max(EndedAt, end) : EndedAt,
            Services = Services.AddRange(delivery.Services.Where(s => !Services.Contains(s, StringComparer.Ordinal))),
            Events = events,
            DeliveryIds = ids.Count > RememberedDeliveries ? ids.RemoveRange(0, ids.Count - RememberedDeliveries) : ids,
            Deliveries = Deliveries + 1,
            FirstSeenAt = Exists ? FirstSeenAt : now,
            LastSeenAt = now,
            Version = Version + 1,
        };
    }

    /// <summary>The post-mortem's first draft, with the policy's people for the incident's services.</summary>
    public PostMortem ToDraft(IntakePolicy policy) => new()
    {
        Title = string.IsNullOrWhiteSpace(Title) ? $"Incident {Key}" : Title,
        Incident = new Incident
        {
            Id = Key,
            Source = Source,
            // An incident promoted by hand may have no severity the workflow understands.
            Severity = Severity ?? Model.Severity.Sev3,
            AffectedServices = Services,
            StartedAt = StartedAt ?? FirstSeenAt,
            EndedAt = EndedAt,
        },
        Authors = policy.AuthorsFor(this),
        Reviewers = policy.ReviewersFor(this),
        ExecutiveSponsor = policy.SponsorFor(this),
        Timeline = Events,
    };

    private static DateTimeOffset Max(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x > b ? x : b;
}
