using PostMortemFlow.Domain.Intake;
using PostMortemFlow.Integrations.Documents;

namespace PostMortemFlow.Functions.Intake;

/// <summary>
/// Each incident's record as a document, changed by read–decide–write with the version read, so concurrent deliveries
/// never lose one another. Within one instance the changes of one incident take turns (a burst of the same alert from
/// many senders would otherwise race and lose rounds); across instances the version check decides, with a jittered
/// pause between rounds.
/// </summary>
public sealed class IncidentRecords(IDocumentStore documents)
{
    private const int Attempts = 20;

    /// <summary>Striped per-key turns: bounded memory, and one incident always maps to the same stripe.</summary>
    private readonly SemaphoreSlim[] _turns = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    public async Task<IncidentRecord> GetAsync(string key, CancellationToken cancellationToken = default) =>
        DocumentJson.Deserialize<IncidentRecord>(await documents.ReadAsync(DocumentPaths.Incident(key), cancellationToken)) ?? new IncidentRecord();

    /// <summary>Applies <paramref name="decide"/> to the stored record until the write lands; returns what it decided with the record stored.</summary>
    public async Task<T> ChangeAsync<T>(string key, Func<IncidentRecord, (IncidentRecord Next, T Answer)> decide, CancellationToken cancellationToken = default)
    {
        var turn = _turns[(int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_turns.Length)];
        await turn.WaitAsync(cancellationToken);
        try
        {
            return await ChangeInTurnAsync(key, decide, cancellationToken);
        }
        finally
        {
            turn.Release();
        }
    }

    private async Task<T> ChangeInTurnAsync<T>(string key, Func<IncidentRecord, (IncidentRecord Next, T Answer)> decide, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = await documents.ReadAsync(DocumentPaths.Incident(key), cancellationToken);
            var record = DocumentJson.Deserialize<IncidentRecord>(stored) ?? new IncidentRecord();
            var (next, answer) = decide(record);
            if (ReferenceEquals(next, record)
                || await documents.WriteAsync(DocumentPaths.Incident(key), DocumentJson.Serialize(next), stored?.Version, cancellationToken) is not null)
            {
                return answer;
            }
            if (attempt == Attempts)
            {
                throw new InvalidOperationException($"Incident {key} kept changing under {Attempts} attempts to record a delivery.");
            }
            // Another instance wrote it meanwhile: let it finish its round before reading again.
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt)), cancellationToken);
        }
    }

    public Task NoteRefusalAsync(string key, string problem, CancellationToken cancellationToken = default) =>
        ChangeAsync(key, record => (record.Exists ? record with { HandOffProblem = problem } : record, true), cancellationToken);

    public async Task<IReadOnlyList<IncidentRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        var records = new List<IncidentRecord>();
        foreach (var path in await documents.ListAsync(DocumentPaths.Incidents, cancellationToken))
        {
            if (DocumentJson.Deserialize<IncidentRecord>(await documents.ReadAsync(path, cancellationToken)) is { Exists: true } record)
            {
                records.Add(record);
            }
        }
        return records;
    }
}
