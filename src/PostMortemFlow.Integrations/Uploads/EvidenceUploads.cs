using Microsoft.Extensions.Options;
using PostMortemFlow.Integrations.Artifacts;

namespace PostMortemFlow.Integrations.Uploads;

/// <summary>
/// Keeps the files people upload to a post-mortem in the artifact store under <c>…/evidence/uploads/</c>, streamed through
/// redaction like every collected artifact and never held in memory; the same name replaces the earlier file.
/// </summary>
public sealed class EvidenceUploads(IArtifactStore store, IOptions<UploadsOptions> options)
{
    /// <param name="name">A name from <see cref="UploadName.Normalize"/>.</param>
    /// <exception cref="UploadTooLargeException">More than <see cref="UploadsOptions.MaxUploadBytes"/> came; nothing is kept.</exception>
    public async Task<StoredArtifact> SaveAsync(string postMortemId, string name, Stream content, CancellationToken cancellationToken = default)
    {
        await using var limited = new LengthLimitedStream(content, options.Value.MaxUploadBytes);
        var (stored, _) = await store.WriteRedactedAsync(new ArtifactKey(postMortemId, UploadsCollector.SourceName, name), limited, cancellationToken);
        return stored;
    }
}
