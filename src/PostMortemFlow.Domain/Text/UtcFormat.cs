using System.Globalization;

namespace PostMortemFlow.Domain.Text;

/// <summary>How the product writes times: always UTC, always saying so.</summary>
public static class UtcFormat
{
    /// <summary><c>2025-02-09T10:05:00Z</c>: APIs, query strings and JSON.</summary>
    public static string Iso(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary><c>2025-02-09T10:05:00</c>: a wall-clock time whose zone is given beside it (Graph events).</summary>
    public static string Wall(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary><c>2025-02-09 10:05 UTC</c>: people's text (e-mails, findings, charts).</summary>
    public static string Minute(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary><c>2025-02-09 10:05:23 UTC</c>: the review pages.</summary>
    public static string Second(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary><c>2025-02-09</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary><c>2025-02-09</c>, or the fallback when there is no date.</summary>
    public static string Date(DateOnly? date, string none) => date is { } d ? Date(d) : none;

    /// <summary>An ISO 8601 time that states its zone (<c>Z</c> or <c>+hh:mm</c>), as UTC; a time without one is refused, never guessed.</summary>
    public static bool TryParseZoned(string? text, out DateTimeOffset utc)
    {
        utc = default;
        var hasZone = text is { Length: > 0 } && (text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':'));
        if (!hasZone || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }
        utc = parsed.ToUniversalTime();
        return true;
    }

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
