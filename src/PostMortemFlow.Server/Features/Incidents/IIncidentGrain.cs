using PostMortemFlow.Domain.Intake;

namespace PostMortemFlow.Server.Features.Incidents;

/// <summary>
/// One incident as the alerting sources see it, keyed "{source}:{externalId}". One activation at a time, so
/// concurrent deliveries of the same alert are handled one after the other.
/// </summary>
public interface IIncidentGrain : IGrainWithStringKey
{
    /// <summary>
    /// Records the delivery durably and answers from the record (a delivery id seen before changes nothing); when the
    /// intake policy says so the post-mortem is then declared, under an id derived from the incident key, and fed the events.
    /// </summary>
    Task<IntakeResult> Receive(IncidentDelivery delivery);

    /// <summary>Starts the post-mortem of an incident below the policy; null when no delivery ever named this incident.</summary>
    Task<IntakeResult?> Promote(string by);

    /// <summary>The incident as recorded; <see cref="IncidentRecord.Exists"/> is false for an unknown key.</summary>
    Task<IncidentRecord> Get();
}
