using Microsoft.Extensions.Options;
using PostMortemFlow.Application.Incidents;
using PostMortemFlow.Domain.Intake;
using PostMortemFlow.Functions.Workflow;
using PostMortemFlow.Integrations.Settings;

namespace PostMortemFlow.Functions.Intake;

/// <summary>
/// The Functions app's incident intake: the record is stored (by the <see cref="IntakeDecider"/>) and the answer given
/// from it; its post-mortem is then told by raising durable events on the post-mortem's orchestration, whose id is
/// derived from the incident key. A failure to raise them answers 5xx with the delivery already stored: the sender's
/// retry is a duplicate that hands the incident on again.
/// </summary>
public sealed class DurableIncidentIntake(IncidentRecords records, DurableWorkflow workflow, IOptions<IntakePolicy> policy,
    IOptions<EvidenceOptions> evidence, TimeProvider clock) : IIncidentIntake
{
    public async Task<IntakeResult> ReceiveAsync(string incidentKey, IncidentDelivery delivery, CancellationToken cancellationToken = default)
    {
        var decision = await records.ChangeAsync(incidentKey, record =>
        {
            var decided = IntakeDecider.Receive(record, delivery, clock.GetUtcNow(), policy.Value);
            return (decided.Record, decided);
        }, cancellationToken);
        await HandOffAsync(incidentKey, decision.Record, cancellationToken);
        return decision.Result;
    }

    public async Task<IntakeResult?> PromoteAsync(string incidentKey, string by, CancellationToken cancellationToken = default)
    {
        var decision = await records.ChangeAsync(incidentKey, record =>
            IntakeDecider.Promote(record, by) is { } decided ? (decided.Record, decided) : (record, (IntakeDecision?)null), cancellationToken);
        if (decision is null)
        {
            return null;
        }
        await HandOffAsync(incidentKey, decision.Record, cancellationToken);
        return decision.Result;
    }

    public Task<IncidentRecord> GetAsync(string incidentKey, CancellationToken cancellationToken = default) => records.GetAsync(incidentKey, cancellationToken);

    private async Task HandOffAsync(string key, IncidentRecord record, CancellationToken cancellationToken)
    {
        var commands = IntakeDecider.HandOff(record, policy.Value, evidence.Value.SourcesToCollect);
        if (commands.Count == 0)
        {
            return;
        }
        foreach (var command in commands)
        {
            await workflow.SendAsync(record.PostMortemId!, command, key, cancellationToken);
        }
        await records.ChangeAsync(key, stored => (IntakeDecider.HandedOff(stored, record.Version, stored.HandOffProblem), true), cancellationToken);
    }
}
