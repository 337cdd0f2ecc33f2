using System.Buffers;
using System.Globalization;
using System.Text.Json;
using PostMortemFlow.Domain.Model;

namespace PostMortemFlow.Domain.Evidence;

/// <summary>
/// Reads log lines (plain text starting with an ISO 8601 time, or NDJSON) and keeps what a timeline needs: the first
/// error line in the window (a first-symptom candidate) and deploys and config changes. Only lines that mention one of
/// the markers are parsed, so it runs near the speed of a plain substring scan.
/// </summary>
public sealed class LogEvidenceExtractor(string source, string evidenceRef, EvidenceWindow window, int maxChanges = 20)
{
    // Vectorized multi-substring search: one pass per line instead of one scan per marker.
    private static readonly SearchValues<string> ErrorMarkers =
        SearchValues.Create(["error", "exception", "fatal", "panic", "critical"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> AnyMarker = SearchValues.Create(
        ["error", "exception", "fatal", "panic", "critical", "deploy", "rollout", "rolled out", "config change", "configuration change", "feature flag"],
        StringComparison.OrdinalIgnoreCase);
    private static readonly string[] TimeFields = ["time", "timestamp", "@t", "TimeGenerated", "ts"];
    private static readonly string[] MessageFields = ["message", "msg", "@m", "event", "Message", "LogMessage"];

    private TimelineEntry? _firstError;
    private readonly List<TimelineEntry> _changes = [];

    public long Lines { get; private set; }
    public long ErrorLines { get; private set; }

    public void Add(ReadOnlySpan<char> line)
    {
        Lines++;
        if (!ContainsAny(line, AnyMarker))
        {
            return;
        }
        var error = ContainsAny(line, ErrorMarkers);
        if (!TryRead(line, out var time, out var message) || !window.Contains(time))
        {
            return;
        }
        if (error)
        {
            ErrorLines++;
            if (_firstError is null || time < _firstError.Time)
            {
                _firstError = Row(time, $"First error in logs: {Shorten(message)}", TimelineEntryKind.FirstSymptom);
            }
        }
        else if (_changes.Count < maxChanges)
        {
            _changes.Add(Row(time, $"Change seen in logs: {Shorten(message)}", TimelineEntryKind.Event));
        }
    }

    /// <summary>Reads every line of <paramref name="reader"/> without allocating a string per line.</summary>
    public async Task AddLinesAsync(TextReader reader, CancellationToken cancellationToken = default)
    {
        var buffer = new char[1 << 16];
        var filled = 0;
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(filled), cancellationToken)) > 0)
        {
            filled += read;
            var consumed = AddComplete(buffer.AsSpan(0, filled));
            buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
            filled -= consumed;
            if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }
        }
        if (filled > 0)
        {
            Add(buffer.AsSpan(0, filled).TrimEnd('\r'));
        }
    }

    private int AddComplete(ReadOnlySpan<char> text)
    {
        var consumed = 0;
        int newline;
        while ((newline = text[consumed..].IndexOf('\n')) >= 0)
        {
            Add(text.Slice(consumed, newline).TrimEnd('\r'));
            consumed += newline + 1;
        }
        return consumed;
    }

    public ImmutableList<TimelineEntry> Entries()
    {
        var entries = _changes.ToImmutableList();
        return (_firstError is null ? entries : entries.Add(_firstError)).Sort((x, y) => x.Time.CompareTo(y.Time));
    }

    private TimelineEntry Row(DateTimeOffset time, string text, TimelineEntryKind kind) =>
        new() { Time = time, Event = text, Source = source, Actor = "System", Kind = kind, EvidenceRef = evidenceRef };

    private static bool ContainsAny(ReadOnlySpan<char> line, SearchValues<string> markers) => line.IndexOfAny(markers) >= 0;

    internal static bool TryRead(ReadOnlySpan<char> line, out DateTimeOffset time, out string message)
    {
        time = default;
        message = "";
        var trimmed = line.Trim();
        if (trimmed.Length > 0 && trimmed[0] == '{')
        {
            return TryReadJson(trimmed, out time, out message);
        }
        var space = trimmed.IndexOfAny(' ', '\t');
        if (space <= 0)
        {
            return false;
        }
        var token = trimmed[..space].TrimStart('[').TrimEnd(']');
        if (!DateTimeOffset.TryParse(token, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time))
        {
            return false;
        }
        message = trimmed[(space + 1)..].Trim().ToString();
        return true;
    }

    private static bool TryReadJson(ReadOnlySpan<char> line, out DateTimeOffset time, out string message)
    {
        time = default;
        message = "";
        try
        {
            using var json = JsonDocument.Parse(line.ToString());
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return false;
            }
            var found = false;
            foreach (var field in TimeFields)
            {
                if (root.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String
                    && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time))
                {
                    found = true;
                    break;
                }
            }
            foreach (var field in MessageFields)
            {
                if (root.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    message = value.GetString()!;
                    break;
                }
            }
            if (message.Length == 0)
            {
                message = root.GetRawText();
            }
            return found;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..157] + "...";
}
