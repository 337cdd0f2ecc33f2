using PostMortemFlow.Domain.Intake;

namespace PostMortemFlow.Server.Features.Incidents;

/// <summary>The server's incident intake for the HTTP surface: one <see cref="IIncidentGrain"/> per incident key.</summary>
public sealed class OrleansIncidentIntake(IGrainFactory grains) : IIncidentIntake
{
    public Task<IntakeResult> ReceiveAsync(string incidentKey, IncidentDelivery delivery, CancellationToken cancellationToken = default) =>
        grains.GetGrain<IIncidentGrain>(incidentKey).Receive(delivery);

    public Task<IntakeResult?> PromoteAsync(string incidentKey, string by, CancellationToken cancellationToken = default) =>
        grains.GetGrain<IIncidentGrain>(incidentKey).Promote(by);

    public Task<IncidentRecord> GetAsync(string incidentKey, CancellationToken cancellationToken = default) =>
        grains.GetGrain<IIncidentGrain>(incidentKey).Get();
}
