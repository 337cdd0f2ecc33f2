namespace PostMortemFlow.Integrations.Artifacts;

/// <summary>What a store wrote: the name, its size and its SHA-256 (lower-case hex).</summary>
public sealed record StoredArtifact(string Name, long Bytes, string Sha256);
