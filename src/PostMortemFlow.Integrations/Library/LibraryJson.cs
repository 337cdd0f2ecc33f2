using System.Text.Json;
using PostMortemFlow.Domain.Library;
using PostMortemFlow.Integrations.Documents;

namespace PostMortemFlow.Integrations.Library;

/// <summary>How a library entry is stored as text (the index's own row, a Redis hash): as every document is (<see cref="DocumentJson"/>).</summary>
public static class LibraryJson
{
    public static string Serialize(LibraryEntry entry) => JsonSerializer.Serialize(entry, DocumentJson.Options);

    public static LibraryEntry Deserialize(string json) =>
        JsonSerializer.Deserialize<LibraryEntry>(json, DocumentJson.Options) ?? throw new JsonException("A library entry cannot be null.");
}
