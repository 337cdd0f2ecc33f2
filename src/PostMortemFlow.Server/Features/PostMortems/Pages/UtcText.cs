using System.Globalization;

namespace PostMortemFlow.Server.Features.PostMortems.Pages;

/// <summary>How the pages write times and durations: always UTC, always labelled.</summary>
public static class UtcText
{
    public const string InputFormat = "yyyy-MM-dd HH:mm:ss";

    public static string Time(DateTimeOffset time) => UtcFormat.Second(time);

    public static string Time(DateTimeOffset? time) => time is { } t ? Time(t) : "—";

    public static string Date(DateOnly? date) => UtcFormat.Date(date, "—");

    /// <summary>The value of a datetime-local input, which the pages label as UTC.</summary>
    public static string Input(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString(InputFormat, CultureInfo.InvariantCulture) ?? "";

    public static string Duration(TimeSpan? span)
    {
        if (span is not { } s)
        {
            return "—";
        }
        var sign = s < TimeSpan.Zero ? "−" : "";
        s = s.Duration();
        return s.TotalHours >= 1
            ? $"{sign}{(int)s.TotalHours} h {s.Minutes:00} min"
            : $"{sign}{s.Minutes} min {s.Seconds:00} s";
    }

    /// <summary>Reads a datetime-local value (no zone: UTC) or an ISO 8601 time with its zone.</summary>
    public static bool TryParse(string? text, out DateTimeOffset time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        text = text.Trim();
        string[] local = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFF", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];
        if (DateTime.TryParseExact(text, local, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var utc))
        {
            time = new DateTimeOffset(utc, TimeSpan.Zero);
            return true;
        }
        var hasZone = text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        if (hasZone && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var zoned))
        {
            time = zoned.ToUniversalTime();
            return true;
        }
        return false;
    }

    public static string InputId(string name) =>
        string.Create(name.Length, name, (span, n) =>
        {
            for (var i = 0; i < n.Length; i++)
            {
                span[i] = char.IsAsciiLetterOrDigit(n[i]) || n[i] is '-' or '_' ? n[i] : '_';
            }
        });
}
