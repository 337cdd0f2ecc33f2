using Microsoft.Data.Sqlite;

namespace PostMortemFlow.Server.Persistence.Sqlite;

/// <summary>One write waiting for the next group commit, and the task its caller awaits.</summary>
internal sealed class PendingWrite(Func<SqliteConnection, object?> work, CancellationToken cancellation)
{
    public Func<SqliteConnection, object?> Work { get; } = work;

    public CancellationToken Cancellation { get; } = cancellation;

    /// <summary>Completed after the commit, never on the writer's thread: a caller's continuation must not hold up the next batch.</summary>
    public TaskCompletionSource<object?> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
