using PostMortemFlow.Domain.Intake;
using PostMortemFlow.Integrations.Documents;

namespace PostMortemFlow.Functions.Intake;

/// <summary>Each incident's record as a document, changed by read–decide–write with the version read, so concurrent deliveries never lose one another.</summary>
public sealed class IncidentRecords(IDocumentStore documents)
{
    private const int Attempts = 20;

    public async Task<IncidentRecord> GetAsync(string key, CancellationToken cancellationToken = default) =>
        DocumentJson.Deserialize<IncidentRecord>(await documents.ReadAsync(DocumentPaths.Incident(key), cancellationToken)) ?? new IncidentRecord();

    /// <summary>Applies <paramref name="decide"/> to the stored record until the write lands; returns what it decided with the record stored.</summary>
    public async Task<T> ChangeAsync<T>(string key, Func<IncidentRecord, (IncidentRecord Next, T Answer)> decide, CancellationToken cancellationToken = default)
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
