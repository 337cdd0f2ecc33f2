using Microsoft.Extensions.Options;
using PostMortemFlow.Application.Incidents;
using PostMortemFlow.Domain.Intake;

namespace PostMortemFlow.Functions.Intake;

/// <summary>The incident list, read from the incidents' own records (the records are the list; there is nothing else to keep).</summary>
public sealed class DocumentIncidentCatalog(IncidentRecords records, IOptions<IntakePolicy> policy) : IIncidentCatalog
{
    public Task UpsertAsync(IncidentSummary summary, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public async Task<IReadOnlyList<IncidentSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        [.. (await records.ListAsync(cancellationToken)).Select(r => IncidentSummary.From(r, policy.Value)).OrderByDescending(s => s.LastSeenAt)];
}
