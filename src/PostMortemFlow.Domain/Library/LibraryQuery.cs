using System.Globalization;
using PostMortemFlow.Domain.Model;
using PostMortemFlow.Domain.Text;

namespace PostMortemFlow.Domain.Library;

/// <summary>
/// A search of the library: the phrases to find (none: everything the filters let through, newest first) and the filters —
/// an affected service, a severity, a fishbone category of any factor, the incident's start between <see cref="From"/> and
/// <see cref="To"/> (both included, UTC), near misses or not — and how many hits to answer with.
/// </summary>
public sealed record LibraryQuery
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
    public const int MaxTextLength = 500;
    public const int MaxPhrases = 20;
    public const int MaxServiceLength = 200;

    /// <summary>The query-string names, as the API and the page read them.</summary>
    public static readonly IReadOnlyList<string> Fields = ["q", "service", "severity", "category", "from", "to", "nearMiss", "limit"];

    public string Text { get; init; } = "";
    public IReadOnlyList<SearchPhrase> Phrases { get; init; } = [];
    public string? Service { get; init; }
    public Severity? Severity { get; init; }
    public FactorCategory? Category { get; init; }
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public bool? NearMiss { get; init; }
    public int Limit { get; init; } = DefaultLimit;

    public bool HasText => Phrases.Count > 0;

    /// <summary>
    /// Reads a search from query-string values (<paramref name="valueOf"/> gives a field's value, null or empty when absent);
    /// each value that cannot be read is a problem named by its field, and then there is no query.
    /// </summary>
    public static LibraryQueryParse Parse(Func<string, string?> valueOf)
    {
        ArgumentNullException.ThrowIfNull(valueOf);
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? Value(string field) => valueOf(field) is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        var text = Value("q") ?? "";
        IReadOnlyList<SearchPhrase> phrases = [];
        if (text.Length > MaxTextLength)
        {
            problems["q"] = [$"The search text may be at most {MaxTextLength} characters."];
        }
        else
        {
            phrases = SearchText.Phrases(text);
            if (phrases.Count > MaxPhrases)
            {
                problems["q"] = [$"Search for at most {MaxPhrases} words or phrases."];
            }
        }

        var service = Value("service");
        if (service is { Length: > MaxServiceLength })
        {
            problems["service"] = [$"The service name may be at most {MaxServiceLength} characters."];
        }

        var severity = Enumerated<Severity>(Value("severity"), "severity", problems);
        var category = Enumerated<FactorCategory>(Value("category"), "category", problems);
        var from = Instant(Value("from"), "from", endOfDay: false, problems);
        var to = Instant(Value("to"), "to", endOfDay: true, problems);
        if (from is { } start && to is { } end && end < start)
        {
            problems["to"] = ["The end of the range cannot be before its start."];
        }

        bool? nearMiss = null;
        if (Value("nearMiss") is { } nearMissText)
        {
            if (bool.TryParse(nearMissText, out var parsed))
            {
                nearMiss = parsed;
            }
            else
            {
                problems["nearMiss"] = ["nearMiss is true or false."];
            }
        }

        var limit = DefaultLimit;
        if (Value("limit") is { } limitText
            && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
        {
            problems["limit"] = [$"The limit is a whole number from 1 to {MaxLimit}."];
        }

        return problems.Count > 0
            ? new LibraryQueryParse(null, problems)
            : new LibraryQueryParse(new LibraryQuery
            {
                Text = text,
                Phrases = phrases,
                Service = service,
                Severity = severity,
                Category = category,
                From = from,
                To = to,
                NearMiss = nearMiss,
                Limit = limit,
            }, problems);
    }

    private static TEnum? Enumerated<TEnum>(string? text, string field, Dictionary<string, string[]> problems) where TEnum : struct, Enum
    {
        if (text is null)
        {
            return null;
        }
        if (EnumNames.TryParse<TEnum>(text, out var value))
        {
            return value;
        }
        problems[field] = [$"The {field} is {EnumNames.OneOf<TEnum>()}."];
        return null;
    }

    /// <summary>A UTC date (the whole day) or a time with its zone.</summary>
    private static DateTimeOffset? Instant(string? text, string field, bool endOfDay, Dictionary<string, string[]> problems)
    {
        if (text is null)
        {
            return null;
        }
        if (UtcFormat.TryParseDate(text, out var date))
        {
            var start = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return endOfDay ? start.AddDays(1).AddTicks(-1) : start;
        }
        if (UtcFormat.TryParseZoned(text, out var instant))
        {
            return instant;
        }
        problems[field] = [$"{field} is a UTC date (2025-02-09) or a time with its zone (2025-02-09T10:05:00Z)."];
        return null;
    }
}
