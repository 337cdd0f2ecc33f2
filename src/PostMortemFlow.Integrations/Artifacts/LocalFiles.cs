using System.Text.Json;

namespace PostMortemFlow.Integrations.Artifacts;

/// <summary>The file helpers of everything kept on the local disk: atomic writes and the delivery journal.</summary>
internal static class LocalFiles
{
    private const string TemporarySuffix = ".part";
    private static readonly Lock JournalLock = new();

    /// <summary>
    /// Writes through a temporary file flushed to disk, then moves it over <paramref name="path"/>: a crash or a failing
    /// source never leaves half a file under the final name, and the previous version stays until the new one is whole.
    /// </summary>
    public static async Task WriteAtomicallyAsync(string path, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}{TemporarySuffix}";
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await write(stream);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public static bool IsTemporary(string path) => path.EndsWith(TemporarySuffix, StringComparison.Ordinal);

    /// <summary>One line per real delivery, so a double delivery would show as a repeated key.</summary>
    public static void Journal(string folder, string kind, string key, DateTimeOffset at)
    {
        Directory.CreateDirectory(folder);
        var line = JsonSerializer.Serialize(new { kind, key, at }) + "\n";
        lock (JournalLock)
        {
            File.AppendAllText(Path.Combine(folder, "journal.ndjson"), line);
        }
    }
}
