using System.Text.Json;
using System.Text.Json.Serialization;
using PostMortemFlow.Domain.Library;

namespace PostMortemFlow.Api.Library;

/// <summary>How a library entry is stored: in the index's own row, a Redis hash, a document.</summary>
public static class LibraryJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(LibraryEntry entry) => JsonSerializer.Serialize(entry, Options);

    public static LibraryEntry Deserialize(string json) =>
        JsonSerializer.Deserialize<LibraryEntry>(json, Options) ?? throw new JsonException("A library entry cannot be null.");
}
