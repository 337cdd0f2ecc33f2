using Microsoft.Extensions.Options;
using PostMortemFlow.Integrations.Artifacts;
using PostMortemFlow.Integrations.Settings;

namespace PostMortemFlow.Integrations.Documents;

/// <summary>
/// Documents as files under <c>{Storage:DataPath}/documents/</c>, for one process: writers take turns on a lock, the
/// version is a hash of the content, and a write lands whole (temporary file, then a move).
/// </summary>
public sealed class LocalDocumentStore(IOptions<StorageOptions> storage) : IDocumentStore
{
    private readonly SemaphoreSlim _writes = new(1, 1);

    private string Root => Path.Combine(storage.Value.DataPath, "documents");

    public async Task<StoredDocument?> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = Path.Combine(Root, path);
        if (!File.Exists(file))
        {
            return null;
        }
        var content = await File.ReadAllBytesAsync(file, cancellationToken);
        return new StoredDocument(content, VersionOf(content));
    }

    public async Task<string?> WriteAsync(string path, ReadOnlyMemory<byte> content, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            var current = await ReadAsync(path, cancellationToken);
            if (expectedVersion != DocumentPaths.Any && current?.Version != expectedVersion)
            {
                return null;
            }
            await Artifacts.LocalFiles.WriteAtomicallyAsync(Path.Combine(Root, path), stream => stream.WriteAsync(content, cancellationToken).AsTask(), cancellationToken);
            return VersionOf(content.Span);
        }
        finally
        {
            _writes.Release();
        }
    }

    public async Task DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            File.Delete(Path.Combine(Root, path));
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone with its folder: a delete is idempotent, as an activity retried after a crash expects.
        }
        finally
        {
            _writes.Release();
        }
    }

    public Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(Root, prefix);
        IReadOnlyList<string> paths = Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => !Artifacts.LocalFiles.IsTemporary(f))
                .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)]
            : [];
        return Task.FromResult(paths);
    }

    public Task<IReadOnlyList<DocumentStamp>> ListStampsAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(Root, prefix);
        IReadOnlyList<DocumentStamp> stamps = Directory.Exists(folder)
            ? [.. new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories)
                .Where(f => !Artifacts.LocalFiles.IsTemporary(f.FullName))
                .Select(f => new DocumentStamp(Path.GetRelativePath(Root, f.FullName).Replace('\\', '/'),
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{f.LastWriteTimeUtc.Ticks}-{f.Length}")))
                .OrderBy(d => d.Path, StringComparer.Ordinal)]
            : [];
        return Task.FromResult(stamps);
    }

    private static string VersionOf(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content))[..32];
}
