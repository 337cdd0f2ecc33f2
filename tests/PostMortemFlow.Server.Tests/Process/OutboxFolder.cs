using System.Text.Json;

namespace PostMortemFlow.Server.Tests.Process;

/// <summary>What the local outbox delivered under <c>{DataPath}/outbox</c>: the .eml files and the delivery journal.</summary>
public sealed class OutboxFolder(string dataPath)
{
    public string Path { get; } = System.IO.Path.Combine(dataPath, "outbox");

    /// <summary>Every e-mail written so far: its idempotency key and purpose, read from the headers the sender adds.</summary>
    public IReadOnlyList<DeliveredEmail> Emails()
    {
        if (!Directory.Exists(Path))
        {
            return [];
        }
        return Directory.EnumerateFiles(Path, "*.eml", SearchOption.AllDirectories)
            .Select(file => Unfold(File.ReadLines(file).TakeWhile(line => line.Length > 0)))
            .Select(headers => new DeliveredEmail(Header(headers, "X-PostMortemFlow-Key"), Header(headers, "X-PostMortemFlow-Purpose")))
            .ToList();
    }

    public IReadOnlyList<DeliveredEmail> Emails(string postMortemId, string purpose) =>
        Emails().Where(e => e.Key.StartsWith(postMortemId + "/", StringComparison.Ordinal) && e.Purpose == purpose).ToList();

    /// <summary>The idempotency key of every real delivery, in order; a key twice would be a double send.</summary>
    public IReadOnlyList<string> JournalKeys()
    {
        var journal = System.IO.Path.Combine(Path, "journal.ndjson");
        return File.Exists(journal)
            ? File.ReadLines(journal).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("key").GetString()!).ToList()
            : [];
    }

    /// <summary>MIME folds long headers onto continuation lines that start with white space.</summary>
    private static List<string> Unfold(IEnumerable<string> lines)
    {
        var headers = new List<string>();
        foreach (var line in lines)
        {
            if (line[0] is ' ' or '\t' && headers.Count > 0)
            {
                headers[^1] += " " + line.Trim();
            }
            else
            {
                headers.Add(line);
            }
        }
        return headers;
    }

    private static string Header(List<string> headers, string name) =>
        headers.FirstOrDefault(h => h.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))?[(name.Length + 1)..].Trim() ?? "";
}
