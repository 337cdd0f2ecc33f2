using System.Text.Json;
using System.Text.Json.Serialization;
using PostMortemFlow.Domain.Text;

namespace PostMortemFlow.Api.Http;

/// <summary>Accepts only ISO 8601 times that state their zone, and keeps them as UTC: the method's times are all UTC.</summary>
public sealed class UtcDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return UtcFormat.TryParseZoned(text, out var value)
            ? value
            : throw new JsonException("Expected an ISO 8601 time with its zone, e.g. 2025-02-09T10:05:00Z.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(UtcFormat.Iso(value));
}
