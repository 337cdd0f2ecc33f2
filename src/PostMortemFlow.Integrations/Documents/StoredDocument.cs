namespace PostMortemFlow.Integrations.Documents;

/// <summary>A document's content and the version a write must name to replace it.</summary>
public sealed record StoredDocument(ReadOnlyMemory<byte> Content, string Version);
