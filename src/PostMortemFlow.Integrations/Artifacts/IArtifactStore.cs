namespace PostMortemFlow.Integrations.Artifacts;

/// <summary>
/// Where evidence is kept: collected artifacts, uploads and their manifests. Writes stream (nothing is buffered whole),
/// compute the SHA-256 on the way and replace an artifact of the same name only once the new content is complete.
/// Every node of a cluster (and the Functions app) reads the same evidence through it.
/// </summary>
public interface IArtifactStore
{
    Task<StoredArtifact> WriteAsync(ArtifactKey key, Stream content, CancellationToken cancellationToken = default);

    /// <summary>The artifact's content, or null when there is none.</summary>
    Task<Stream?> OpenReadAsync(ArtifactKey key, CancellationToken cancellationToken = default);

    /// <summary>The post-mortem's artifacts, of one source or of all, ordered by source and name; manifests are left out.</summary>
    Task<IReadOnlyList<ArtifactInfo>> ListAsync(string postMortemId, string? source = null, CancellationToken cancellationToken = default);
}
