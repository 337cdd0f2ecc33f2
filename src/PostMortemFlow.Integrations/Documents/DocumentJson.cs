using System.Text.Json;
using System.Text.Json.Serialization;

namespace PostMortemFlow.Integrations.Documents;

/// <summary>How documents are written: camelCase, enums by name, times as ISO 8601.</summary>
public static class DocumentJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public static T? Deserialize<T>(StoredDocument? document) => document is null ? default : JsonSerializer.Deserialize<T>(document.Content.Span, Options);
}
