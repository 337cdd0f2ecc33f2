using System.Text.Json;
using PostMortemFlow.Integrations.Redaction;

namespace PostMortemFlow.Integrations.Artifacts;

/// <summary>Redacted writes and manifests on top of any <see cref="IArtifactStore"/>.</summary>
public static class ArtifactStoreExtensions
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Streams <paramref name="content"/> through the redactor into the store.</summary>
    public static async Task<(StoredArtifact Artifact, long Redactions)> WriteRedactedAsync(this IArtifactStore store, ArtifactKey key, Stream content, CancellationToken cancellationToken = default)
    {
        await using var redacting = new RedactingStream(content, leaveOpen: true);
        var stored = await store.WriteAsync(key, redacting, cancellationToken);
        return (stored, redacting.Redactions);
    }

    public static async Task WriteManifestAsync(this IArtifactStore store, string postMortemId, SourceManifest manifest, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(manifest, Json));
        await store.WriteAsync(ArtifactKey.Manifest(postMortemId, manifest.Source), buffer, cancellationToken);
    }

    public static async Task<SourceManifest?> ReadManifestAsync(this IArtifactStore store, string postMortemId, string source, CancellationToken cancellationToken = default)
    {
        await using var stream = await store.OpenReadAsync(ArtifactKey.Manifest(postMortemId, source), cancellationToken);
        return stream is null ? null : await JsonSerializer.DeserializeAsync<SourceManifest>(stream, Json, cancellationToken);
    }
}
