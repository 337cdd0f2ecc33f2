namespace PostMortemFlow.Integrations.Artifacts;

/// <summary>
/// Where collected evidence is kept. Writes stream (nothing is buffered whole), compute the SHA-256 on the way and
/// replace an artifact of the same name only once the new content is complete.
/// </summary>
public interface IArtifactStore
{
    Task<StoredArtifact> WriteAsync(ArtifactKey key, Stream content, CancellationToken cancellationToken = default);

    /// <summary>The artifact's content, or null when there is none.</summary>
    Task<Stream?> OpenReadAsync(ArtifactKey key, CancellationToken cancellationToken = default);

    /// <summary>The artifacts of one source (the manifest excluded), by name.</summary>
    Task<IReadOnlyList<StoredArtifact>> ListAsync(string postMortemId, string source, CancellationToken cancellationToken = default);
}
