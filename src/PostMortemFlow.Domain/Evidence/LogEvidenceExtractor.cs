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
    private static readonly string[] ErrorMarkers = ["error", "exception", "fatal", "panic", "critical"];
    private static readonly string[] ChangeMarkers = ["deploy", "rollout", "rolled out", "config change", "configuration change", "feature flag"];
    private static readonly string[] TimeFields = ["time", "timestamp", "@t", "TimeGenerated", "ts"];
    private static readonly string[] MessageFields = ["message", "msg", "@m", "event", "Message", "LogMessage"];

    private TimelineEntry? _firstError;
    private readonly List<TimelineEntry> _changes = [];

    public long Lines { get; private set; }
    public long ErrorLines { get; private set; }

    public void Add(ReadOnlySpan<char> line)
    {
        Lines++;
        var error = ContainsAny(line, ErrorMarkers);
        var change = !error && ContainsAny(line, ChangeMarkers);
        if (!error && !change)
        {
            return;
        }
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

    public ImmutableList<TimelineEntry> Entries()
    {
        var entries = _changes.ToImmutableList();
        return (_firstError is null ? entries : entries.Add(_firstError)).Sort((x, y) => x.Time.CompareTo(y.Time));
    }

    private TimelineEntry Row(DateTimeOffset time, string text, TimelineEntryKind kind) =>
        new() { Time = time, Event = text, Source = source, Actor = "System", Kind = kind, EvidenceRef = evidenceRef };

    private static bool ContainsAny(ReadOnlySpan<char> line, string[] markers)
    {
        foreach (var marker in markers)
        {
            if (line.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

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
