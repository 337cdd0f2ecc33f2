namespace PostMortemFlow.Application.Incidents;

/// <summary>The list of incidents, kept beside the grains' state so listing never activates every grain.</summary>
public interface IIncidentCatalog
{
    Task UpsertAsync(IncidentSummary summary, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<IncidentSummary>> ListAsync(CancellationToken cancellationToken = default);
}
