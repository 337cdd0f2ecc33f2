using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace PostMortemFlow.Domain.Intake;

/// <summary>Reads fields of a parsed payload and collects, per JSON path, what is missing or has the wrong type.</summary>
internal sealed class PayloadReader
{
    public const int MaxText = 500;
    public const int MaxName = 200;

    private readonly Dictionary<string, List<string>> _problems = new(StringComparer.Ordinal);

    public bool HasProblems => _problems.Count > 0;

    public void Problem(string path, string reason)
    {
        if (!_problems.TryGetValue(path, out var reasons))
        {
            _problems[path] = reasons = [];
        }
        reasons.Add(reason);
    }

    public IntakeParseResult Failed() => new()
    {
        Problems = _problems.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
    };

    public JsonElement? Object(JsonElement parent, string name, string path, bool required = true) =>
        Field(parent, name, path, JsonValueKind.Object, "an object", required);

    public JsonElement? Array(JsonElement parent, string name, string path, bool required = true) =>
        Field(parent, name, path, JsonValueKind.Array, "an array", required);

    public string? String(JsonElement parent, string name, string path, bool required = true, int max = MaxText)
    {
        var value = Field(parent, name, path, JsonValueKind.String, "a string", required)?.GetString();
        if (required && value is not null && string.IsNullOrWhiteSpace(value))
        {
            Problem(path, "Must not be blank.");
            return null;
        }
        return Clip(value, max);
    }

    public DateTimeOffset? Time(JsonElement parent, string name, string path, bool required = true)
    {
        var text = String(parent, name, path, required, max: 100);
        if (text is null)
        {
            return null;
        }
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            Problem(path, "Expected an ISO 8601 / RFC 3339 time.");
            return null;
        }
        // Alertmanager sends the zero time for "not ended".
        return time.Year <= 1 ? null : time.ToUniversalTime();
    }

    /// <summary>A string→string map such as Alertmanager labels; non-string values are a problem.</summary>
    public ImmutableDictionary<string, string> Map(JsonElement parent, string name, string path, bool required = false)
    {
        var map = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (Object(parent, name, path, required) is not { } element)
        {
            return map.ToImmutable();
        }
        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                Problem($"{path}.{property.Name}", "Expected a string.");
                continue;
            }
            map[property.Name] = Clip(property.Value.GetString(), MaxText) ?? "";
        }
        return map.ToImmutable();
    }

    private JsonElement? Field(JsonElement parent, string name, string path, JsonValueKind kind, string expected, bool required)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Problem(path, "Required.");
            }
            return null;
        }
        if (value.ValueKind != kind)
        {
            Problem(path, $"Expected {expected}.");
            return null;
        }
        return value;
    }

    public static string? Clip(string? text, int max) =>
        text is null ? null : text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>A delivery id for sources without one: the same bytes are the same delivery.</summary>
    public static string Hash(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body)[..16]);
}
