using Microsoft.Data.Sqlite;
using PostMortemFlow.Application.Library;
using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Library;
using PostMortemFlow.Integrations.Documents;
using PostMortemFlow.Integrations.Library;

namespace PostMortemFlow.Functions.Library;

/// <summary>
/// The library in the Functions app: each entry a document under <c>library/</c>, written by the orchestrations' views.
/// Every instance searches its own in-memory FTS5 copy (<see cref="LibraryReplica"/>), which before each search lists the
/// documents with their stamps and reads only those written since it last looked, and drops those gone.
/// </summary>
public sealed class DocumentLibraryIndex(IDocumentStore documents) : ILibraryIndex, IDisposable
{
    private const int ParallelReads = 16;

    private readonly LibraryReplica _replica = new();
    // Path → the stamp last indexed and the post-mortem it holds; touched only inside the replica's turn.
    private readonly Dictionary<string, (string Stamp, string Id)> _indexed = new(StringComparer.Ordinal);

    public async Task UpsertAsync(LibraryEntry entry, CancellationToken cancellationToken = default) =>
        await documents.WriteAsync(DocumentPaths.LibraryEntry(entry.Id), DocumentJson.Serialize(entry), DocumentPaths.Any, cancellationToken);

    public Task<LibraryResult> SearchAsync(LibraryQuery query, Viewer viewer, CancellationToken cancellationToken = default) =>
        _replica.SearchAsync(CatchUpAsync, query, viewer, cancellationToken);

    public Task<IReadOnlySet<string>> IdsAsync(CancellationToken cancellationToken = default) => _replica.IdsAsync(CatchUpAsync, cancellationToken);

    public void Dispose() => _replica.Dispose();

    private async Task CatchUpAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var stamps = await documents.ListStampsAsync(DocumentPaths.Library, cancellationToken);
        var changed = stamps.Where(d => !_indexed.TryGetValue(d.Path, out var known) || known.Stamp != d.Stamp).ToList();
        // A cold instance reads every entry: many reads at once, as each is a round trip to the store.
        var read = new LibraryEntry?[changed.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, changed.Count), new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken },
            async (i, token) => read[i] = DocumentJson.Deserialize<LibraryEntry>(await documents.ReadAsync(changed[i].Path, token)));
        for (var i = 0; i < changed.Count; i++)
        {
            if (read[i] is { } entry)
            {
                FtsLibrary.Upsert(connection, entry);
                _indexed[changed[i].Path] = (changed[i].Stamp, entry.Id);
            }
        }
        var listed = stamps.Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _indexed.Keys.Where(p => !listed.Contains(p)).ToList())
        {
            FtsLibrary.Remove(connection, _indexed[gone].Id);
            _indexed.Remove(gone);
        }
    }
}
