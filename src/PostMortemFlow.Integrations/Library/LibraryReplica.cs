using Microsoft.Data.Sqlite;
using PostMortemFlow.Domain.Access;
using PostMortemFlow.Domain.Library;

namespace PostMortemFlow.Integrations.Library;

/// <summary>
/// A node's private copy of a shared library, in an in-memory SQLite FTS5 database: before each search it catches up
/// with the shared store (the caller's <c>catchUp</c>), so a write on any node is found by the next search on every node.
/// Searches and catch-ups on one node take turns on its one connection.
/// </summary>
public sealed class LibraryReplica : IDisposable
{
    // Unpooled: a pooled in-memory connection would hand a closed replica's database to the next one.
    private readonly SqliteConnection _connection = new("Data Source=:memory:;Pooling=False");
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _open;

    public Task<LibraryResult> SearchAsync(Func<SqliteConnection, CancellationToken, Task> catchUp, LibraryQuery query, Viewer viewer,
        CancellationToken cancellationToken) =>
        ReadAsync(catchUp, connection => FtsLibrary.Search(connection, query, viewer), cancellationToken);

    /// <summary>The ids of every post-mortem in the library, after catching up.</summary>
    public Task<IReadOnlySet<string>> IdsAsync(Func<SqliteConnection, CancellationToken, Task> catchUp, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlySet<string>>(catchUp, connection => FtsLibrary.Ids(connection).ToHashSet(StringComparer.Ordinal), cancellationToken);

    private async Task<T> ReadAsync<T>(Func<SqliteConnection, CancellationToken, Task> catchUp, Func<SqliteConnection, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catchUp);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_open)
            {
                await _connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                FtsLibrary.EnsureSchema(_connection);
                _open = true;
            }
            await catchUp(_connection, cancellationToken).ConfigureAwait(false);
            return read(_connection);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _connection.Dispose();
        _gate.Dispose();
    }
}
