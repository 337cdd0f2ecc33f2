using Microsoft.Data.Sqlite;
using PostMortemFlow.Application.Library;
using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Library;
using PostMortemFlow.Integrations.Library;
using PostMortemFlow.Server.Persistence.Sqlite;

namespace PostMortemFlow.Server.Features.Library;

/// <summary>The library in the embedded mode: the FTS5 tables in the one SQLite file, beside the state and the list.</summary>
public sealed class SqliteLibraryIndex(SqliteDatabase database) : ILibraryIndex
{
    private volatile bool _schemaReady;

    public Task UpsertAsync(LibraryEntry entry, CancellationToken cancellationToken = default) =>
        database.RunWriteAsync(connection =>
        {
            EnsureSchema(connection);
            FtsLibrary.Upsert(connection, entry);
            return true;
        }, cancellationToken);

    public async Task<LibraryResult> SearchAsync(LibraryQuery query, Viewer viewer, CancellationToken cancellationToken = default)
    {
        if (!_schemaReady)
        {
            await database.RunWriteAsync(connection => { EnsureSchema(connection); return true; }, cancellationToken);
        }
        return await database.RunAsync(connection => FtsLibrary.Search(connection, query, viewer), cancellationToken);
    }

    public Task<IReadOnlySet<string>> IdsAsync(CancellationToken cancellationToken = default) =>
        database.RunWriteAsync<IReadOnlySet<string>>(connection =>
        {
            EnsureSchema(connection);
            return FtsLibrary.Ids(connection).ToHashSet(StringComparer.Ordinal);
        }, cancellationToken);

    private void EnsureSchema(SqliteConnection connection)
    {
        if (!_schemaReady)
        {
            FtsLibrary.EnsureSchema(connection);
            _schemaReady = true;
        }
    }
}
