using Microsoft.Extensions.Options;

namespace PostMortemFlow.Integrations.Artifacts;

/// <summary>Artifacts as files under <c>{DataPath}/artifacts/postmortems/…</c>; a write lands in a temporary file first.</summary>
public sealed class LocalArtifactStore(IOptions<LocalArtifactStoreOptions> options) : IArtifactStore
{
    private string Root => options.Value.Root;

    public async Task<StoredArtifact> WriteAsync(ArtifactKey key, Stream content, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(Root, key.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.part";
        try
        {
            using var hashing = new HashingReadStream(content);
            await using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await hashing.CopyToAsync(target, 1 << 16, cancellationToken);
            }
            File.Move(temporary, path, overwrite: true);
            return new StoredArtifact(key.Name, hashing.BytesRead, hashing.Sha256());
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<Stream?> OpenReadAsync(ArtifactKey key, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(Root, key.Path);
        Stream? stream = File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true) : null;
        return Task.FromResult(stream);
    }

    public async Task<IReadOnlyList<StoredArtifact>> ListAsync(string postMortemId, string source, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(Root, ArtifactKey.Prefix(postMortemId, source));
        if (!Directory.Exists(folder))
        {
            return [];
        }
        var result = new List<StoredArtifact>();
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name == ArtifactKey.ManifestName || name.EndsWith(".part", StringComparison.Ordinal))
            {
                continue;
            }
            await using var stream = File.OpenRead(file);
            using var hashing = new HashingReadStream(stream);
            await hashing.CopyToAsync(Stream.Null, cancellationToken);
            result.Add(new StoredArtifact(name, hashing.BytesRead, hashing.Sha256()));
        }
        return result;
    }
}
