using System.Text;
using System.Text.Json;

namespace PostMortemFlow.Integrations.LocalOutbox;

/// <summary>Small file helpers shared by the local executors: safe names, atomic writes, the delivery journal.</summary>
internal static class LocalFiles
{
    private static readonly Lock JournalLock = new();

    public static string SafeName(string key)
    {
        var builder = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_');
        }
        return builder.ToString();
    }

    /// <summary>Writes through a temporary file so a crash never leaves half a file under the final name.</summary>
    public static async Task WriteAtomicallyAsync(string path, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            await write(stream);
            await stream.FlushAsync(cancellationToken);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
    }

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
