using Microsoft.Data.Sqlite;

namespace PostMortemFlow.Server.Tests.Persistence;

/// <summary>A fresh SQLite file path in its own temporary folder (which does not exist yet), removed on dispose.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "pmf-sqlite-tests", Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Folder, "data", "pmf.db");
    }

    public string Folder { get; }

    public string FilePath { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
