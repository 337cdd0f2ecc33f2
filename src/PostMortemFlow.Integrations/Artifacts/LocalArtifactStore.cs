using Microsoft.Extensions.Options;
using PostMortemFlow.Integrations.LocalOutbox;

namespace PostMortemFlow.Integrations.Artifacts;

/// <summary>Artifacts as files under <c>{DataPath}/artifacts/postmortems/…</c>; a write lands in a temporary file first.</summary>
public sealed class LocalArtifactStore(IOptions<LocalArtifactStoreOptions> options) : IArtifactStore
{
    private string Root => options.Value.Root;

    public async Task<StoredArtifact> WriteAsync(ArtifactKey key, Stream content, CancellationToken cancellationToken = default)
    {
        using var hashing = new HashingReadStream(content);
        await LocalFiles.WriteAtomicallyAsync(Path.Combine(Root, key.Path), target => hashing.CopyToAsync(target, 1 << 16, cancellationToken), cancellationToken);
        return new StoredArtifact(key.Name, hashing.BytesRead, hashing.Sha256());
    }

    public Task<Stream?> OpenReadAsync(ArtifactKey key, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(Root, key.Path);
        Stream? stream = File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true) : null;
        return Task.FromResult(stream);
    }

    public Task<IReadOnlyList<ArtifactInfo>> ListAsync(string postMortemId, string? source = null, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(Root, source is null ? ArtifactKey.EvidencePrefix(postMortemId) : ArtifactKey.Prefix(postMortemId, source));
        if (!Directory.Exists(folder))
        {
            return Task.FromResult<IReadOnlyList<ArtifactInfo>>([]);
        }
        var evidence = Path.Combine(Root, ArtifactKey.EvidencePrefix(postMortemId));
        var listed = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => (File: file, Key: ArtifactKey.FromRelative(postMortemId, Path.GetRelativePath(evidence, file).Replace('\\', '/'))))
            .Where(f => f.Key is { Name: not ArtifactKey.ManifestName } && !LocalFiles.IsTemporary(f.File))
            .Select(f => new ArtifactInfo(f.Key!, new FileInfo(f.File).Length))
            .OrderBy(a => a.Key.Source, StringComparer.Ordinal).ThenBy(a => a.Key.Name, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult<IReadOnlyList<ArtifactInfo>>(listed);
    }
}
