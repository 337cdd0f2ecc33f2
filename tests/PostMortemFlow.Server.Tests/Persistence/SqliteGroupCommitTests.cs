using Microsoft.Data.Sqlite;
using PostMortemFlow.Server.Persistence.Sqlite;

namespace PostMortemFlow.Server.Tests.Persistence;

/// <summary>
/// Writes that arrive together are committed together (one transaction, one fsync; the webhook harness measures what
/// that gains), and each still stands alone: one that throws is rolled back to its savepoint while the others are kept.
/// </summary>
public sealed class SqliteGroupCommitTests : IDisposable
{
    private readonly TempDatabase _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task ConcurrentWrites_AFailingOneIsRolledBackAlone_AndEveryOtherIsKept()
    {
        using var database = new SqliteDatabase(new SqliteStorageOptions { DatabasePath = _file.FilePath });
        await database.RunWriteAsync(connection => Execute(connection, "CREATE TABLE notes (n INTEGER PRIMARY KEY, txn INTEGER NOT NULL);"), default);

        var writes = Enumerable.Range(1, 200).Select(n => database.RunWriteAsync(connection =>
        {
            if (n == 77)
            {
                Execute(connection, "INSERT INTO notes (n, txn) VALUES (77, 0);");
                throw new InvalidOperationException("write 77 fails after its insert");
            }
            return Execute(connection, $"INSERT INTO notes (n, txn) VALUES ({n}, 1);");
        }, default)).ToList();
        var failed = await Assert.ThrowsAsync<InvalidOperationException>(() => writes[76]);
        await Task.WhenAll(writes.Where((_, i) => i != 76));

        var kept = await database.RunAsync(connection => Scalar(connection, "SELECT count(*) FROM notes;"), default);
        var missing = await database.RunAsync(connection => Scalar(connection, "SELECT count(*) FROM notes WHERE n = 77;"), default);
        Assert.Equal("write 77 fails after its insert", failed.Message);
        Assert.Equal((199L, 0L), (kept, missing));
    }

    private static int Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
