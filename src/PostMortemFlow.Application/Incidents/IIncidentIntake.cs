using PostMortemFlow.Domain.Intake;

namespace PostMortemFlow.Application.Incidents;

/// <summary>
/// The host's incident intake: stores each delivery durably (by the <see cref="IntakeDecider"/>) before it answers,
/// then hands the incident to its post-mortem on its own time.
/// </summary>
public interface IIncidentIntake
{
    Task<IntakeResult> ReceiveAsync(string incidentKey, IncidentDelivery delivery, CancellationToken cancellationToken = default);

    /// <summary>Starts the post-mortem of an incident below the policy; null for an unknown incident.</summary>
    Task<IntakeResult?> PromoteAsync(string incidentKey, string by, CancellationToken cancellationToken = default);

    /// <summary>The incident as recorded; <see cref="IncidentRecord.Exists"/> is false for an unknown key.</summary>
    Task<IncidentRecord> GetAsync(string incidentKey, CancellationToken cancellationToken = default);
}
